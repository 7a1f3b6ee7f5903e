package dev.sharpend.language.web;

import java.util.Arrays;
import java.util.List;

import dev.sharpend.language.LanguageFinding;
import dev.sharpend.language.LanguageReview;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Check wording": a page to check any text, and the inline check behind every text area
 * rendered with {@code language/fragments :: checked}.
 */
@Controller
@RequestMapping("/language-review")
class LanguageReviewController {

	/** Longer texts are checked through the API, in parts. */
	static final int MAX_TEXT = 100_000;

	private final LanguageReview review;

	LanguageReviewController(LanguageReview review) {
		this.review = review;
	}

	@GetMapping
	@RequiresPermission(Permission.REVIEW_WRITE)
	String page(Model model) {
		model.addAttribute("text", "");
		model.addAttribute("people", "");
		return "language/page";
	}

	/** Without JavaScript the page's form posts here and shows the findings below it. */
	@PostMapping
	@RequiresPermission(Permission.REVIEW_WRITE)
	String check(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String people,
			Model model) {
		model.addAttribute("text", text);
		model.addAttribute("people", people);
		addFindings(model, text, people);
		return "language/page";
	}

	/**
	 * The findings for one text area. The text comes in {@code text}, or in the field
	 * that {@code field} names (the fragment sends its own field's name).
	 */
	@PostMapping(path = "/check", produces = MediaType.TEXT_HTML_VALUE)
	@RequiresPermission(Permission.REVIEW_WRITE)
	String checkFragment(@RequestParam MultiValueMap<String, String> form, Model model) {
		String field = form.getFirst("field");
		String text = form.getFirst((field != null && !field.isBlank()) ? field : "text");
		addFindings(model, (text != null) ? text : "", form.getFirst("people"));
		return "language/fragments :: findings";
	}

	private void addFindings(Model model, String text, String people) {
		model.addAttribute("checked", !text.isBlank());
		model.addAttribute("tooLong", text.length() > MAX_TEXT);
		List<LanguageFinding> findings = (text.length() > MAX_TEXT) ? List.of()
				: this.review.review(text, names(people));
		model.addAttribute("languageFindings", findings.stream().map((f) -> FindingRow.of(text, f)).toList());
	}

	private static List<String> names(String people) {
		if (people == null) {
			return List.of();
		}
		return Arrays.stream(people.split(",")).map(String::strip).filter((n) -> !n.isEmpty()).limit(200).toList();
	}

}
