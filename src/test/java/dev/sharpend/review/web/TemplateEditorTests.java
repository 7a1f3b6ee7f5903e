package dev.sharpend.review.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sharpend.review.ReviewTemplate;
import dev.sharpend.review.SectionKey;
import dev.sharpend.system.RequestRejected;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateEditorTests {

	private static final ReviewTemplate SHORT = new ReviewTemplate("short", "Short",
			List.of(SectionKey.SUMMARY, SectionKey.IMPACT, SectionKey.TRIGGER, SectionKey.ACTIONS));

	@Test
	void showsTheIncludedSectionsFirstNumberedThenTheOthersUnticked() {
		TemplateEditor editor = TemplateEditor.of(SHORT, false);
		assertThat(editor.rows()).hasSize(SectionKey.values().length);
		assertThat(editor.rows().subList(0, 4)).extracting(TemplateEditor.Row::position)
			.containsExactly("1", "2", "3", "4");
		assertThat(editor.rows().get(4).included()).isFalse();
		assertThat(editor.rows().get(4).position()).isEmpty();
	}

	@Test
	void aSectionGivenAnotherSectionsPositionMovesBeforeIt() {
		MultiValueMap<String, String> form = form(SHORT);
		form.set("position-actions", "2");
		assertThat(TemplateEditor.sections(TemplateEditor.rows(form))).containsExactly("summary", "actions", "impact",
				"trigger");
	}

	@Test
	void anUntickedSectionIsDroppedAndANewlyTickedOneWithoutPositionGoesLast() {
		MultiValueMap<String, String> form = form(SHORT);
		form.get("include").remove("trigger");
		form.add("include", "lucky");
		assertThat(TemplateEditor.sections(TemplateEditor.rows(form))).containsExactly("summary", "impact", "actions",
				"lucky");
	}

	@Test
	void aPositionThatIsNotANumberIsRefusedNamingTheSection() {
		MultiValueMap<String, String> form = form(SHORT);
		form.set("position-impact", "second");
		assertThatThrownBy(() -> TemplateEditor.sections(TemplateEditor.rows(form))).isInstanceOf(RequestRejected.class)
			.hasMessageContaining("Impact");
	}

	@Test
	void theSubmittedFormIsShownAgainAsEntered() {
		MultiValueMap<String, String> form = form(SHORT);
		form.set("name", "");
		form.set("position-impact", "x");
		TemplateEditor again = TemplateEditor.submitted(SHORT, form);
		assertThat(again.name()).isEmpty();
		assertThat(again.open()).isTrue();
		assertThat(again.rows().get(1).position()).isEqualTo("x");
	}

	/** The form as the page renders it for the template, unchanged. */
	private static MultiValueMap<String, String> form(ReviewTemplate template) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", template.name());
		for (TemplateEditor.Row row : TemplateEditor.of(template, false).rows()) {
			form.add("row", row.key().code());
			if (row.included()) {
				form.add("include", row.key().code());
			}
			form.add("position-" + row.key().code(), row.position());
		}
		return form;
	}

}
