package dev.sharpend.review.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import dev.sharpend.review.Review;
import dev.sharpend.review.ReviewExchange;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Markdown and PDF export (over the API and, for the page's download links, in the
 * session) and Markdown import of a review.
 */
@RestController
class ReviewExportController {

	private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

	private final ReviewExchange exchange;

	ReviewExportController(ReviewExchange exchange) {
		this.exchange = exchange;
	}

	@GetMapping("/api/v1/reviews/{id}/export.md")
	@RequiresPermission(Permission.REVIEW_READ)
	ResponseEntity<String> export(@PathVariable String id, Authentication caller) {
		return markdown(id, caller);
	}

	@GetMapping("/reviews/{id}/export.md")
	@RequiresPermission(Permission.REVIEW_READ)
	ResponseEntity<String> download(@PathVariable String id, Authentication caller) {
		return markdown(id, caller);
	}

	@GetMapping("/api/v1/reviews/{id}/export.pdf")
	@RequiresPermission(Permission.REVIEW_READ)
	ResponseEntity<byte[]> exportPdf(@PathVariable String id, Authentication caller) {
		return pdf(id, caller);
	}

	@GetMapping("/reviews/{id}/export.pdf")
	@RequiresPermission(Permission.REVIEW_READ)
	ResponseEntity<byte[]> downloadPdf(@PathVariable String id, Authentication caller) {
		return pdf(id, caller);
	}

	private ResponseEntity<byte[]> pdf(String id, Authentication caller) {
		long review = Callers.id(id, "review");
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("review-" + review + ".pdf").build().toString())
			.body(this.exchange.pdf(review, Callers.viewer(caller)));
	}

	@PostMapping("/api/v1/reviews/import")
	@RequiresPermission(Permission.REVIEW_WRITE)
	ResponseEntity<ReviewApiRecords.ReviewSummary> importMarkdown(HttpServletRequest request, Authentication caller)
			throws IOException {
		// Read within the import's limit rather than buffering whatever is sent.
		String markdown = MarkdownUpload.read(request.getInputStream(), request.getContentLengthLong());
		Review review = this.exchange.importMarkdown(markdown, caller.getName());
		return ResponseEntity.created(URI.create("/api/v1/reviews/" + review.id()))
			.body(ReviewApiRecords.ReviewSummary.of(review));
	}

	private ResponseEntity<String> markdown(String id, Authentication caller) {
		long review = Callers.id(id, "review");
		String body = this.exchange.markdown(review, Callers.viewer(caller));
		return ResponseEntity.ok()
			.contentType(MARKDOWN)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("review-" + review + ".md").build().toString())
			.body(body);
	}

}
