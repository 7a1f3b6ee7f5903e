package dev.sharpend.review;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.sharpend.review.ReviewMarkdownReader.Block;
import dev.sharpend.review.ReviewMarkdownReader.Parsed;
import dev.sharpend.system.ControlCharacters;
import dev.sharpend.system.RequestRejected;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Export of a review to Markdown, and import of such a document as a new draft. */
@Service
@Transactional
public class ReviewExchange {

	/** The largest Markdown document an import takes, in bytes of UTF-8. */
	public static final int MAX_MARKDOWN_BYTES = 512 * 1024;

	private final Reviews reviews;

	private final ReviewParts parts;

	ReviewExchange(Reviews reviews, ReviewParts parts) {
		this.reviews = reviews;
		this.parts = parts;
	}

	/** The review as this viewer may read it, as Markdown. */
	@Transactional(readOnly = true)
	public String markdown(long id, Viewer viewer) {
		return ReviewMarkdown.write(this.reviews.read(id, viewer));
	}

	/** The review as this viewer may read it, as PDF. */
	@Transactional(readOnly = true)
	public byte[] pdf(long id, Viewer viewer) {
		ReviewDocument doc = this.reviews.read(id, viewer);
		return ReviewPdf.render(ReviewMarkdown.write(doc), doc.review().title());
	}

	/**
	 * A new draft (a near miss) from an exported document: title, template, prose
	 * sections, factors, mitigators and action items.
	 */
	public Review importMarkdown(String markdown, String by) {
		if (markdown != null && markdown.getBytes(StandardCharsets.UTF_8).length > MAX_MARKDOWN_BYTES) {
			throw RequestRejected.invalid("markdown", tooLarge());
		}
		ControlCharacters.check("markdown", markdown);
		Parsed parsed = ReviewMarkdownReader.read((markdown != null) ? markdown : "");
		Review review = this.reviews.create(new NewReview(null, parsed.title(), parsed.template()), by);
		long id = review.id();
		this.reviews.change(id, ReviewChanges.sections(parsed.sections()), new Viewer(by, true));
		// Evidence points at timeline entries of the exporting installation's incident:
		// not
		// carried over, like the curated timeline itself.
		parsed.factors().forEach((f) -> this.parts.addFactor(id, false, f.heading(), f.text(), List.of(), null));
		parsed.mitigators().forEach((f) -> this.parts.addFactor(id, true, f.heading(), f.text(), List.of(), null));
		for (Block a : parsed.actions()) {
			Map<String, String> facts = a.facts();
			this.parts.importAction(id, new ActionDraft(a.heading(), facts.get("Owner"), facts.get("Due"),
					facts.get("Status"), facts.get("Reason"), facts.get("Tracker")));
		}
		return this.reviews.require(id);
	}

	/** Why a document was refused for its size. */
	public static String tooLarge() {
		return "The document is larger than " + MAX_MARKDOWN_BYTES / 1024 + " KiB; import a review at a time.";
	}

}
