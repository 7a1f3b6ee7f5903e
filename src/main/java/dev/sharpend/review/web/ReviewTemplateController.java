package dev.sharpend.review.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import dev.sharpend.review.Review;
import dev.sharpend.review.ReviewExchange;
import dev.sharpend.review.ReviewTemplate;
import dev.sharpend.review.ReviewTemplates;
import dev.sharpend.review.Reviews;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.web.Rejections;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The review templates page (list, rename, choose and order sections, add one), starting
 * a review with a chosen template, and importing a review from Markdown. A refused form
 * comes back on its page with the message and what was entered.
 */
@Controller
@RequestMapping("/reviews")
class ReviewTemplateController {

	private final ReviewTemplates templates;

	private final Reviews reviews;

	private final ReviewExchange exchange;

	ReviewTemplateController(ReviewTemplates templates, Reviews reviews, ReviewExchange exchange) {
		this.templates = templates;
		this.reviews = reviews;
		this.exchange = exchange;
	}

	@GetMapping("/templates")
	@RequiresPermission(Permission.REVIEW_READ)
	ModelAndView page(@RequestParam(required = false) String edit, @RequestParam(required = false) String saved) {
		ModelAndView view = templatesPage(null);
		view.addObject("editors", editors(edit, null, null));
		view.addObject("saved", saved);
		return view;
	}

	@PostMapping("/templates")
	@RequiresPermission(Permission.REVIEW_WRITE)
	String create(@RequestParam(required = false) String name, @RequestParam(required = false) String from) {
		ReviewTemplate source = this.templates.list()
			.stream()
			.filter((t) -> t.id().equals(from))
			.findFirst()
			.orElseThrow(() -> RequestRejected.invalid("from", "Choose the template to start from."));
		List<String> sections = source.sections().stream().map((k) -> k.code()).toList();
		ReviewTemplate created = this.templates.create(name, sections);
		return "redirect:/reviews/templates?edit=" + created.id() + "#template-" + created.id();
	}

	@PostMapping("/templates/{id}")
	@RequiresPermission(Permission.REVIEW_WRITE)
	String edit(@PathVariable String id, @RequestParam MultiValueMap<String, String> form) {
		this.templates.edit(id, form.getFirst("name"), TemplateEditor.sections(TemplateEditor.rows(form)));
		return "redirect:/reviews/templates?saved=" + id + "#template-" + id;
	}

	/** Starts a review with a chosen template, for an incident or a near miss. */
	@GetMapping("/new")
	@RequiresPermission(Permission.REVIEW_WRITE)
	ModelAndView start(@RequestParam(required = false) Long incident) {
		Review existing = (incident != null) ? this.reviews.ofIncident(incident).orElse(null) : null;
		if (existing != null) {
			return new ModelAndView("redirect:/reviews/" + existing.id());
		}
		ModelAndView view = new ModelAndView("review/new");
		view.addObject("incident", incident);
		view.addObject("templates", this.templates.list());
		return view;
	}

	@PostMapping("/import")
	@RequiresPermission(Permission.REVIEW_WRITE)
	String importMarkdown(@RequestParam(required = false) String markdown,
			@RequestParam(required = false) MultipartFile file, Authentication caller) throws IOException {
		Review review = this.exchange.importMarkdown(document(markdown, file), caller.getName());
		return "redirect:/reviews/" + review.id();
	}

	private static String document(String pasted, MultipartFile file) throws IOException {
		boolean hasText = pasted != null && !pasted.isBlank();
		boolean hasFile = file != null && !file.isEmpty();
		if (hasText == hasFile) {
			throw RequestRejected.invalid("markdown", hasText ? "Paste the Markdown or choose a file, not both."
					: "Paste a review exported as Markdown, or choose its .md file.");
		}
		if (hasText) {
			return pasted;
		}
		try (InputStream in = file.getInputStream()) {
			return MarkdownUpload.read(in, file.getSize());
		}
	}

	@ExceptionHandler(RequestRejected.class)
	ModelAndView rejected(RequestRejected ex, HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		ModelAndView view = path.equals("/reviews/import") ? importRejected(request) : templatesRejected(path, request);
		view.addObject("error", ex.getMessage());
		view.setStatus(Rejections.status(ex));
		return view;
	}

	private ModelAndView importRejected(HttpServletRequest request) {
		ModelAndView view = new ModelAndView("review/list");
		view.addObject("currentPath", "/reviews");
		view.addObject("reviews", this.reviews.list(Callers.viewer((Authentication) request.getUserPrincipal())));
		view.addObject("templates", this.templates.list());
		view.addObject("errorFor", "import");
		view.addObject("pasted", request.getParameter("markdown"));
		return view;
	}

	private ModelAndView templatesRejected(String path, HttpServletRequest request) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		request.getParameterMap().forEach((k, v) -> form.addAll(k, List.of(v)));
		String id = path.startsWith("/reviews/templates/") ? path.substring("/reviews/templates/".length()) : null;
		ModelAndView view = templatesPage(form);
		view.addObject("editors", editors("", id, form));
		view.addObject("errorFor", (id != null) ? id : "new");
		return view;
	}

	private ModelAndView templatesPage(MultiValueMap<String, String> newForm) {
		ModelAndView view = new ModelAndView("review/templates");
		view.addObject("currentPath", "/reviews");
		view.addObject("templates", this.templates.list());
		Map<String, String> kept = (newForm != null) ? newForm.toSingleValueMap() : Map.of();
		view.addObject("newName", kept.getOrDefault("name", ""));
		view.addObject("newFrom", kept.getOrDefault("from", "sre-book"));
		return view;
	}

	/** The edit forms, the one named open unfolded, the submitted one as it was sent. */
	private List<TemplateEditor> editors(String open, String submitted, MultiValueMap<String, String> form) {
		return this.templates.list()
			.stream()
			.map((t) -> t.id().equals(submitted) ? TemplateEditor.submitted(t, form)
					: TemplateEditor.of(t, t.id().equals(open)))
			.toList();
	}

}
