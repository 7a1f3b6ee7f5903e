package dev.sharpend.review.web;

import java.time.Duration;

import dev.sharpend.review.ImpactTimes;
import dev.sharpend.system.Markdown;

import org.springframework.stereotype.Component;

/** Helpers the review templates call as {@code @reviewText}. */
@Component
class ReviewText {

	/** Markdown as sanitised HTML. */
	public String html(String markdown) {
		return Markdown.toSafeHtml((markdown != null) ? markdown : "");
	}

	public String duration(Duration duration) {
		return ImpactTimes.format(duration);
	}

	public String field(java.time.Instant at) {
		return ReviewForms.field(at);
	}

}
