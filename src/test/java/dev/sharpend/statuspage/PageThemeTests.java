package dev.sharpend.statuspage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class PageThemeTests {

	@Test
	void withoutBrandingThePageKeepsItsOwnColoursInBothThemes() {
		assertThat(PageTheme.css(null)).doesNotContain("--accent");
	}

	@Test
	void aDarkBrandColourAppliesOnlyToTheLightTheme() {
		assertThat(PageTheme.css("#2453b8"))
			.isEqualTo("@media not all and (prefers-color-scheme: dark) {\n:root { --accent: #2453b8; }\n}\n");
	}

	@Test
	void aBrandColourReadableOnTheDarkSurfaceAppliesToBothThemes() {
		assertThat(PageTheme.css("#7aa7ff")).isEqualTo(":root { --accent: #7aa7ff; }\n");
	}

	@Test
	void contrastFollowsWcag() {
		assertThat(PageTheme.contrast(0x000000, 0xffffff)).isCloseTo(21, offset(0.01));
		assertThat(PageTheme.contrast(0x2453b8, 0x182028)).isCloseTo(2.35, offset(0.01));
	}

}
