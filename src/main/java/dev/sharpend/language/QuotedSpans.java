package dev.sharpend.language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The parts of a text that report what someone said or wrote at the time: text in double
 * quotes (straight, curly or guillemets), inline code, quoted lines ({@code > …}) and
 * chat transcript lines ({@code [12:03] alice: …}, {@code <alice> …}). The review reports
 * them; it does not flag them. A quotation may run over a line break (hard-wrapped text),
 * not over a blank line.
 */
final class QuotedSpans {

	/** One pattern each: an alternation would be tried at every position. */
	private static final List<Pattern> QUOTED = Stream
		.of("\"[^\"\\n]++(?:\\n(?![ \\t]*\\n)[^\"\\n]*+)*+\"", "“[^”]{1,2000}”", "„[^“”]{1,2000}[“”]", "«[^»]{1,2000}»",
				"`[^`\\n]{1,500}`", "^[ \\t]*>.*$",
				"^[ \\t]*\\[?\\d{1,2}:\\d{2}(?::\\d{2})?\\]?[ \\t]*[<@]?[\\w.-]{1,40}>?:.*$",
				"^[ \\t]*<[\\w.-]{1,40}>\\s.*$")
		.map((regex) -> Pattern.compile(regex, Pattern.MULTILINE))
		.toList();

	private final List<int[]> spans;

	private QuotedSpans(List<int[]> spans) {
		this.spans = spans;
	}

	static QuotedSpans of(String text) {
		List<int[]> spans = new ArrayList<>();
		for (Pattern pattern : QUOTED) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				spans.add(new int[] { matcher.start(), matcher.end() });
			}
		}
		return new QuotedSpans(spans);
	}

	/** Whether any character of [start, end) lies in quoted text. */
	boolean overlaps(int start, int end) {
		for (int[] span : this.spans) {
			if (start < span[1] && span[0] < end) {
				return true;
			}
		}
		return false;
	}

}
