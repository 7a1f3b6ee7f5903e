package dev.sharpend.review.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;

import dev.sharpend.identity.People;
import dev.sharpend.provider.Provider;
import dev.sharpend.review.FactorProviders;
import dev.sharpend.review.AccountDraft;
import dev.sharpend.review.ActionDraft;
import dev.sharpend.review.ActionStatus;
import dev.sharpend.review.Factor;
import dev.sharpend.review.FactorType;
import dev.sharpend.review.NewReview;
import dev.sharpend.review.Postmortems;
import dev.sharpend.review.Review;
import dev.sharpend.review.ReviewChanges;
import dev.sharpend.review.ReviewDocument;
import dev.sharpend.review.ReviewParts;
import dev.sharpend.review.ReviewStatus;
import dev.sharpend.review.Reviews;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reviews list, a review's page and its editor forms. */
@Controller
@RequestMapping("/reviews")
class ReviewController {

	private final Reviews reviews;

	private final ReviewParts parts;

	private final ReviewText text;

	private final Postmortems postmortems;

	private final People people;

	private final FactorProviders factorProviders;

	ReviewController(Reviews reviews, ReviewParts parts, ReviewText text, Postmortems postmortems, People people,
			FactorProviders factorProviders) {
		this.factorProviders = factorProviders;
		this.reviews = reviews;
		this.parts = parts;
		this.text = text;
		this.postmortems = postmortems;
		this.people = people;
	}

	@PostMapping("/{id}/postmortem-link")
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	String linkPostmortem(@PathVariable String id, RedirectAttributes redirect) {
		long review = Callers.id(id, "review");
		try {
			int linked = this.postmortems.link(review).size();
			redirect.addFlashAttribute("notice",
					"Linked as the postmortem of " + linked + " status incident" + ((linked == 1) ? "." : "s."));
		}
		catch (RequestRejected ex) {
			if (ex.reason() == RequestRejected.Reason.NOT_FOUND) {
				throw ex;
			}
			// The review page says why, rather than a bare error page.
			redirect.addFlashAttribute("notice", ex.getMessage());
		}
		return "redirect:/reviews/" + review;
	}

	@ModelAttribute("md")
	ReviewText text() {
		return this.text;
	}

	@GetMapping
	@RequiresPermission(Permission.REVIEW_READ)
	String list(Model model, Authentication caller) {
		model.addAttribute("reviews", this.reviews.list(Callers.viewer(caller)));
		model.addAttribute("templates", this.reviews.templates());
		return "review/list";
	}

	@PostMapping
	@RequiresPermission(Permission.REVIEW_WRITE)
	String create(@RequestParam(required = false) Long incident, @RequestParam(required = false) String title,
			@RequestParam(required = false) String template, Authentication caller) {
		// "Write review" on an incident that has one opens it rather than starting a
		// second.
		Review review = (incident != null) ? this.reviews.ofIncident(incident).orElse(null) : null;
		if (review == null) {
			review = this.reviews.create(new NewReview(incident, title, template), caller.getName());
		}
		return "redirect:/reviews/" + review.id();
	}

	@GetMapping("/{id}")
	@RequiresPermission(Permission.REVIEW_READ)
	String page(@PathVariable String id, Model model, Authentication caller) {
		ReviewDocument doc = this.reviews.read(Callers.id(id, "review"), Callers.viewer(caller));
		model.addAttribute("doc", doc);
		model.addAttribute("review", doc.review());
		model.addAttribute("me", caller.getName());
		model.addAttribute("mayWrite", Callers.viewer(caller).mayWrite());
		model.addAttribute("postmortemTargets", this.postmortems.targets(doc.review()));
		model.addAttribute("appointment", this.reviews.appointment(doc.review().id()).orElse(null));
		model.addAttribute("mayAppoint", this.reviews.mayAppointFacilitator(doc.review(), Callers.viewer(caller)));
		model.addAttribute("entries", this.reviews.incidentTimeline(doc.review()));
		model.addAttribute("factorTypes", FactorType.values());
		List<Provider> providers = this.factorProviders.all();
		model.addAttribute("providers", providers);
		model.addAttribute("providerNames",
				providers.stream().collect(Collectors.toMap((p) -> p.id().value(), Provider::name)));
		model.addAttribute("actionStatuses", ActionStatus.values());
		model.addAttribute("today", this.parts.today());
		boolean reviewing = doc.review().status() == ReviewStatus.IN_REVIEW && Callers.viewer(caller).mayWrite();
		model.addAttribute("wording", reviewing ? this.reviews.wording(doc.review().id()) : List.of());
		model.addAttribute("pickable", this.people.pickable());
		model.addAttribute("people",
				Callers.viewer(caller).mayWrite() ? String.join(", ", this.reviews.people(doc.review().id())) : "");
		model.addAttribute("mine",
				doc.accounts()
					.stream()
					.filter((a) -> a.author().equalsIgnoreCase(caller.getName()))
					.findFirst()
					.orElse(null));
		return "review/page";
	}

	/** Saves one prose section; htmx swaps the section in place, a plain form reloads. */
	@PostMapping("/{id}/sections/{key}")
	@RequiresPermission(Permission.REVIEW_WRITE)
	String section(@PathVariable String id, @PathVariable String key, @RequestParam(required = false) String body,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Authentication caller) {
		long review = Callers.id(id, "review");
		this.reviews.change(review, ReviewChanges.sections(Map.of(key, (body != null) ? body : "")),
				Callers.viewer(caller));
		if (htmx == null) {
			return "redirect:/reviews/" + review + "#section-" + key;
		}
		model.addAttribute("saved", key);
		// htmx picks this section out of the whole page (hx-select), so the page renders
		// once.
		return page(id, model, caller);
	}

	@PostMapping("/{id}/details")
	@RequiresPermission(Permission.REVIEW_WRITE)
	String details(@PathVariable String id, ReviewForms.DetailsForm form, Authentication caller) {
		long review = Callers.id(id, "review");
		this.reviews.change(review, form.changes(), Callers.viewer(caller));
		return "redirect:/reviews/" + review;
	}

	@PostMapping("/{id}/status")
	@RequiresPermission(Permission.REVIEW_WRITE)
	String status(@PathVariable String id, @RequestParam String status,
			@RequestParam(required = false) List<String> keepAsWritten, Authentication caller) {
		long review = Callers.id(id, "review");
		this.reviews.change(review, ReviewChanges.status(status, keepAsWritten), Callers.viewer(caller));
		return "redirect:/reviews/" + review;
	}

	@PostMapping("/{id}/account")
	@RequiresPermission(Permission.REVIEW_WRITE)
	String account(@PathVariable String id, ReviewForms.AccountForm form, Authentication caller) {
		long review = Callers.id(id, "review");
		this.parts.writeAccount(review, new AccountDraft(form.saw(), form.did(), form.expected(), form.assumed(),
				form.understood(), "true".equals(form.shared())), caller.getName());
		return "redirect:/reviews/" + review + "#section-accounts";
	}

	@PostMapping("/{id}/factors")
	@RequiresPermission(Permission.REVIEW_WRITE)
	String factor(@PathVariable String id, @RequestParam(defaultValue = "factor") String kind,
			@RequestParam(required = false) String type, @RequestParam(required = false) String description,
			@RequestParam(required = false) List<Long> evidence, @RequestParam(required = false) String provider) {
		long review = Callers.id(id, "review");
		this.parts.addFactor(review, "mitigator".equals(kind), type, description, evidence, provider);
		return "redirect:/reviews/" + review + "#section-" + ("mitigator".equals(kind) ? "mitigators" : "factors");
	}

	@PostMapping("/{id}/factors/{factor}")
	@RequiresPermission(Permission.REVIEW_WRITE)
	String changeFactor(@PathVariable String id, @PathVariable String factor,
			@RequestParam(required = false) String type, @RequestParam(required = false) String description,
			@RequestParam(required = false) List<Long> evidence, @RequestParam(defaultValue = "") String provider) {
		long review = Callers.id(id, "review");
		// The form always sends the whole factor: no evidence box ticked means none, not
		// "unchanged" as an absent field means in the API.
		Factor changed = this.parts.changeFactor(review, Callers.id(factor, "factor"), type, description,
				(evidence != null) ? evidence : List.of(), provider);
		return "redirect:/reviews/" + review + "#" + changed.kind() + "-" + changed.id();
	}

	@PostMapping("/{id}/factors/{factor}/remove")
	@RequiresPermission(Permission.REVIEW_WRITE)
	String removeFactor(@PathVariable String id, @PathVariable String factor) {
		long review = Callers.id(id, "review");
		Factor removed = this.parts.removeFactor(review, Callers.id(factor, "factor"));
		return "redirect:/reviews/" + review + "#section-" + removed.kind() + "s";
	}

	@PostMapping("/{id}/timeline")
	@RequiresPermission(Permission.REVIEW_WRITE)
	String curate(@PathVariable String id, @RequestParam long entry,
			@RequestParam(required = false) String annotation) {
		long review = Callers.id(id, "review");
		this.reviews.curate(review, entry, annotation);
		return "redirect:/reviews/" + review + "#section-timeline";
	}

	@PostMapping("/{id}/actions")
	@RequiresPermission(Permission.REVIEW_WRITE)
	String action(@PathVariable String id, ReviewForms.ActionForm form) {
		long review = Callers.id(id, "review");
		this.parts.addAction(review, form.draft());
		return "redirect:/reviews/" + review + "#section-actions";
	}

	@PostMapping("/{id}/actions/{item}")
	@RequiresPermission(Permission.REVIEW_WRITE)
	String changeAction(@PathVariable String id, @PathVariable String item, @RequestParam String status,
			@RequestParam(required = false) String reason) {
		long review = Callers.id(id, "review");
		this.parts.changeAction(review, Callers.id(item, "action item"), ActionDraft.statusChange(status, reason));
		return "redirect:/reviews/" + review + "#section-actions";
	}

	@GetMapping("/actions")
	@RequiresPermission(Permission.REVIEW_READ)
	String actions(@RequestParam(required = false) String status, @RequestParam(required = false) String owner,
			@RequestParam(required = false) boolean overdue, Model model, Authentication caller) {
		// The owner filter is a people picker: it sends "Name <e-mail>", items name the
		// address.
		String ownerAddress = (owner == null) ? null : People.mailbox(owner.strip());
		model.addAttribute("actions", this.parts.actions(ActionItemApiController.filter(status, ownerAddress, overdue),
				Callers.viewer(caller)));
		model.addAttribute("pickable", this.people.pickable());
		model.addAttribute("statuses", Arrays.asList(ActionStatus.values()));
		model.addAttribute("statusFilter", status);
		model.addAttribute("ownerFilter", owner);
		model.addAttribute("overdueFilter", overdue);
		model.addAttribute("today", this.parts.today());
		return "review/actions";
	}

}
