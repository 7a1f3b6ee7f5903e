package dev.sharpend.review.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import dev.sharpend.incident.LinkedNotice;
import dev.sharpend.review.AccountDraft;
import dev.sharpend.review.ActionDraft;
import dev.sharpend.review.NewReview;
import dev.sharpend.review.Postmortems;
import dev.sharpend.review.Review;
import dev.sharpend.review.ReviewChanges;
import dev.sharpend.review.ReviewParts;
import dev.sharpend.review.Reviews;
import dev.sharpend.review.web.ReviewApiRecords.ActionResponse;
import dev.sharpend.review.web.ReviewApiRecords.CreateReviewRequest;
import dev.sharpend.review.web.ReviewApiRecords.CurateRequest;
import dev.sharpend.review.web.ReviewApiRecords.FactorRequest;
import dev.sharpend.review.web.ReviewApiRecords.FactorResponse;
import dev.sharpend.review.web.ReviewApiRecords.PatchReviewRequest;
import dev.sharpend.review.web.ReviewApiRecords.ReviewResponse;
import dev.sharpend.review.web.ReviewApiRecords.ReviewSummary;
import dev.sharpend.review.web.ReviewApiRecords.WordingResponse;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Paged;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reviews over JSON: the review, its accounts, factors, timeline and action items. */
@RestController
@RequestMapping(ReviewApiController.BASE)
class ReviewApiController {

	static final String BASE = "/api/v1/reviews";

	private final Reviews reviews;

	private final ReviewParts parts;

	private final Postmortems postmortems;

	ReviewApiController(Reviews reviews, ReviewParts parts, Postmortems postmortems) {
		this.reviews = reviews;
		this.parts = parts;
		this.postmortems = postmortems;
	}

	/**
	 * Links the published review as the postmortem of its incident's status incidents.
	 */
	@PostMapping("/{id}/postmortem-link")
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	List<LinkedNotice> linkPostmortem(@PathVariable String id) {
		return this.postmortems.link(Callers.id(id, "review"));
	}

	@GetMapping
	@RequiresPermission(Permission.REVIEW_READ)
	PageOf<ReviewSummary> list(@Paged PageWindow window, Authentication caller) {
		return PageOf.slice(this.reviews.list(Callers.viewer(caller)), window).map(ReviewSummary::of);
	}

	@PostMapping
	@RequiresPermission(Permission.REVIEW_WRITE)
	ResponseEntity<ReviewResponse> create(@RequestBody CreateReviewRequest request, Authentication caller) {
		if (request.incident() != null) {
			// An incident has one review: asking again answers with it (200), as it was.
			Review existing = this.reviews.ofIncident(request.incident()).orElse(null);
			if (existing != null) {
				return ResponseEntity.ok()
					.location(URI.create(BASE + "/" + existing.id()))
					.body(read(existing.id(), caller));
			}
		}
		Review review = this.reviews.create(new NewReview(request.incident(), request.title(), request.template()),
				caller.getName());
		return ResponseEntity.created(URI.create(BASE + "/" + review.id())).body(read(review.id(), caller));
	}

	@GetMapping("/{id}")
	@RequiresPermission(Permission.REVIEW_READ)
	ReviewResponse get(@PathVariable String id, Authentication caller) {
		return read(Callers.id(id, "review"), caller);
	}

	@PatchMapping("/{id}")
	@RequiresPermission(Permission.REVIEW_WRITE)
	ReviewResponse patch(@PathVariable String id, @RequestBody PatchReviewRequest r, Authentication caller) {
		long review = Callers.id(id, "review");
		this.reviews.change(review, new ReviewChanges(r.title(), r.status(), r.facilitator(), r.meetingAt(),
				r.sections(), r.impact(), r.keepAsWritten()), Callers.viewer(caller));
		return read(review, caller);
	}

	/** The blameless language review of the whole review, as publishing will check it. */
	@GetMapping("/{id}/wording")
	@RequiresPermission(Permission.REVIEW_WRITE)
	Map<String, List<WordingResponse>> wording(@PathVariable String id) {
		return Map.of("findings",
				this.reviews.wording(Callers.id(id, "review")).stream().map(WordingResponse::of).toList());
	}

	@PutMapping("/{id}/accounts/mine")
	@RequiresPermission(Permission.REVIEW_WRITE)
	ReviewResponse writeAccount(@PathVariable String id, @RequestBody AccountDraft draft, Authentication caller) {
		long review = Callers.id(id, "review");
		this.parts.writeAccount(review, draft, caller.getName());
		return read(review, caller);
	}

	@PostMapping("/{id}/factors")
	@RequiresPermission(Permission.REVIEW_WRITE)
	ResponseEntity<FactorResponse> addFactor(@PathVariable String id, @RequestBody FactorRequest r) {
		return factor(id, false, r);
	}

	@PostMapping("/{id}/mitigators")
	@RequiresPermission(Permission.REVIEW_WRITE)
	ResponseEntity<FactorResponse> addMitigator(@PathVariable String id, @RequestBody FactorRequest r) {
		return factor(id, true, r);
	}

	private ResponseEntity<FactorResponse> factor(String id, boolean mitigator, FactorRequest r) {
		long review = Callers.id(id, "review");
		FactorResponse created = FactorResponse
			.of(this.parts.addFactor(review, mitigator, r.type(), r.description(), r.evidence(), r.provider()));
		return ResponseEntity.created(URI.create(BASE + "/" + review + "/factors/" + created.id())).body(created);
	}

	@PatchMapping("/{id}/factors/{factor}")
	@RequiresPermission(Permission.REVIEW_WRITE)
	FactorResponse changeFactor(@PathVariable String id, @PathVariable String factor, @RequestBody FactorRequest r) {
		return FactorResponse.of(this.parts.changeFactor(Callers.id(id, "review"), Callers.id(factor, "factor"),
				r.type(), r.description(), r.evidence(), r.provider()));
	}

	@DeleteMapping("/{id}/factors/{factor}")
	@RequiresPermission(Permission.REVIEW_WRITE)
	ResponseEntity<Void> removeFactor(@PathVariable String id, @PathVariable String factor) {
		this.parts.removeFactor(Callers.id(id, "review"), Callers.id(factor, "factor"));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/timeline")
	@RequiresPermission(Permission.REVIEW_WRITE)
	ReviewResponse curate(@PathVariable String id, @RequestBody CurateRequest r, Authentication caller) {
		if (r.entry() == null) {
			throw RequestRejected.invalid("entry", "Name the timeline entry to add.");
		}
		long review = Callers.id(id, "review");
		this.reviews.curate(review, r.entry(), r.annotation());
		return read(review, caller);
	}

	@DeleteMapping("/{id}/timeline/{entry}")
	@RequiresPermission(Permission.REVIEW_WRITE)
	ReviewResponse uncurate(@PathVariable String id, @PathVariable String entry, Authentication caller) {
		long review = Callers.id(id, "review");
		this.reviews.uncurate(review, Callers.id(entry, "timeline entry"));
		return read(review, caller);
	}

	@PostMapping("/{id}/action-items")
	@RequiresPermission(Permission.REVIEW_WRITE)
	ResponseEntity<ActionResponse> addAction(@PathVariable String id, @RequestBody ActionDraft draft) {
		long review = Callers.id(id, "review");
		ActionResponse created = ActionResponse.of(this.parts.addAction(review, draft), this.parts.today());
		return ResponseEntity.created(URI.create("/api/v1/action-items/" + created.id())).body(created);
	}

	@PatchMapping("/{id}/action-items/{item}")
	@RequiresPermission(Permission.REVIEW_WRITE)
	ActionResponse changeAction(@PathVariable String id, @PathVariable String item, @RequestBody ActionDraft draft) {
		return ActionResponse.of(
				this.parts.changeAction(Callers.id(id, "review"), Callers.id(item, "action item"), draft),
				this.parts.today());
	}

	private ReviewResponse read(long id, Authentication caller) {
		return ReviewResponse.of(this.reviews.read(id, Callers.viewer(caller)), this.parts.today());
	}

}
