package dev.sharpend.review;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sharpend.system.RequestRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewTemplatesTests {

	@Test
	void theIdIsAShortSlugOfTheName() {
		assertThat(ReviewTemplates.slug("Short SRE book (2026)")).isEqualTo("short-sre-book-2026");
		assertThat(ReviewTemplates.slug("Café débrief")).isEqualTo("cafe-debrief");
		assertThat(ReviewTemplates.slug("事故")).isEqualTo("template");
		assertThat(ReviewTemplates.slug("x".repeat(100))).hasSize(36);
	}

	@Test
	void sectionsMustBeKnownAndEachListedOnce() {
		assertThat(ReviewTemplates.sections(List.of("summary", "actions"))).containsExactly(SectionKey.SUMMARY,
				SectionKey.ACTIONS);
		assertThatThrownBy(() -> ReviewTemplates.sections(List.of("summary", "root_cause")))
			.isInstanceOf(RequestRejected.class)
			.hasMessageContaining("no section root_cause");
		assertThatThrownBy(() -> ReviewTemplates.sections(List.of("summary", "summary")))
			.hasMessageContaining("listed twice");
		assertThatThrownBy(() -> ReviewTemplates.sections(List.of())).hasMessageContaining("at least one section");
	}

}
