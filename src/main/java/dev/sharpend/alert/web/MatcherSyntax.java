package dev.sharpend.alert.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.sharpend.alert.SilenceMatcher;
import dev.sharpend.system.RequestRejected;

/**
 * Silence matchers as people type them in Alertmanager: {@code name=value},
 * {@code name!=value}, {@code name=~regex}, {@code name!~regex}, values optionally in
 * double quotes, separated by commas or new lines, optionally inside braces.
 */
final class MatcherSyntax {

	private static final Pattern ONE = Pattern
		.compile("\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^,\"]*?)\\s*(,|$)");

	private MatcherSyntax() {
	}

	static List<SilenceMatcher> parse(String text) {
		String body = (text != null) ? text.strip() : "";
		if (body.startsWith("{") && body.endsWith("}")) {
			body = body.substring(1, body.length() - 1);
		}
		body = body.replace("\r", "").replace('\n', ',').replaceAll(",(\\s*,)+", ",").strip();
		if (body.endsWith(",")) {
			body = body.substring(0, body.length() - 1);
		}
		List<SilenceMatcher> matchers = new ArrayList<>();
		Matcher matcher = ONE.matcher(body);
		int at = 0;
		while (at < body.length()) {
			if (!matcher.find(at) || matcher.start() != at) {
				throw RequestRejected.invalid("matchers", "Could not read \"" + body.substring(at).strip()
						+ "\". Write one matcher per line, such as alertname=\"DiskFull\" or env=~\"stag.*\".");
			}
			matchers.add(matcher(matcher));
			at = matcher.end();
		}
		if (matchers.isEmpty()) {
			throw RequestRejected.invalid("matchers",
					"Give at least one matcher, such as alertname=\"DiskFull\"; an empty silence would hide everything.");
		}
		return matchers;
	}

	private static SilenceMatcher matcher(Matcher m) {
		String operator = m.group(2);
		String value = (m.group(4) != null) ? m.group(4).replaceAll("\\\\([\"\\\\])", "$1") : m.group(3).strip();
		return new SilenceMatcher(m.group(1), value, operator.endsWith("~"), !operator.startsWith("!"));
	}

	static String format(List<SilenceMatcher> matchers) {
		return matchers.stream().map(MatcherSyntax::format).collect(Collectors.joining(", "));
	}

	static String format(SilenceMatcher m) {
		String operator = m.isEqual() ? (m.isRegex() ? "=~" : "=") : (m.isRegex() ? "!~" : "!=");
		return m.name() + operator + "\"" + m.value().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/**
	 * Matchers that select exactly these labels, one per line, to start a silence from.
	 */
	static String exactly(Map<String, String> labels) {
		return labels.entrySet()
			.stream()
			.map((e) -> format(new SilenceMatcher(e.getKey(), e.getValue(), false, true)))
			.collect(Collectors.joining("\n"));
	}

}
