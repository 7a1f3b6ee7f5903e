package dev.sharpend.review.web;

import java.net.URI;
import java.util.List;

import dev.sharpend.review.ReviewTemplate;
import dev.sharpend.review.ReviewTemplates;
import dev.sharpend.review.SectionKey;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The review templates: which sections a new review starts with. */
@RestController
@RequestMapping("/api/v1/review-templates")
class ReviewTemplateApiController {

	private final ReviewTemplates templates;

	ReviewTemplateApiController(ReviewTemplates templates) {
		this.templates = templates;
	}

	@GetMapping
	@RequiresPermission(Permission.REVIEW_READ)
	List<TemplateResponse> list() {
		return this.templates.list().stream().map(TemplateResponse::of).toList();
	}

	@PostMapping
	@RequiresPermission(Permission.REVIEW_WRITE)
	ResponseEntity<TemplateResponse> create(@RequestBody TemplateRequest request) {
		ReviewTemplate created = this.templates.create(request.name(), request.sections());
		return ResponseEntity.created(URI.create("/api/v1/review-templates/" + created.id()))
			.body(TemplateResponse.of(created));
	}

	@PatchMapping("/{id}")
	@RequiresPermission(Permission.REVIEW_WRITE)
	TemplateResponse edit(@PathVariable String id, @RequestBody TemplateRequest request) {
		return TemplateResponse.of(this.templates.edit(id, request.name(), request.sections()));
	}

	record TemplateRequest(String name, List<String> sections) {
	}

	record TemplateResponse(String id, String name, List<String> sections) {

		static TemplateResponse of(ReviewTemplate t) {
			return new TemplateResponse(t.id(), t.name(), t.sections().stream().map(SectionKey::code).toList());
		}

	}

}
