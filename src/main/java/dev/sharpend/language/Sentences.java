package dev.sharpend.language;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into sentences, so that each rule searches only the sentences that contain
 * one of its trigger words. No rule's match crosses a sentence end, so the cut changes
 * speed, never findings.
 */
final class Sentences {

	private Sentences() {
	}

	/**
	 * A sentence from {@code start} (the previous sentence's closing mark, so that rules
	 * anchored after ". " still match) to {@code end} (exclusive).
	 */
	record Span(int start, int end) {
	}

	/**
	 * Cuts after ".", "!", "?" or ";" followed by white space, and at line breaks that
	 * start a new block (a blank line, a heading, a list item, a quote, a table row).
	 */
	static List<Span> of(String text) {
		List<Span> spans = new ArrayList<>();
		int start = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			boolean cut = (c == '.' || c == '!' || c == '?' || c == ';') && i + 1 < length
					&& Character.isWhitespace(text.charAt(i + 1));
			if (c == '\n' && i + 1 < length) {
				cut = "\n#>-*•|[<0123456789".indexOf(text.charAt(i + 1)) >= 0;
			}
			if (cut) {
				spans.add(new Span(start, i + 1));
				start = i;
			}
		}
		spans.add(new Span(start, length));
		return spans;
	}

}
