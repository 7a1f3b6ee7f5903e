package dev.sharpend.review;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A review as one Markdown document: a title, a list of facts, then one {@code ##}
 * section per template section in order. Factors, mitigators, accounts and action items
 * are {@code ###} blocks, so {@link ReviewMarkdownReader} can read the document back.
 */
final class ReviewMarkdown {

	static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;

	private ReviewMarkdown() {
	}

	static String write(ReviewDocument doc) {
		Review r = doc.review();
		StringBuilder md = new StringBuilder("# ").append(r.title()).append("\n\n");
		fact(md, "Status", r.status().code());
		fact(md, "Incident", (r.incident() != null) ? "INC-" + r.incident() : null);
		fact(md, "Template", r.template());
		fact(md, "Facilitator", r.facilitator());
		fact(md, "Meeting", time(r.meetingAt()));
		fact(md, "Started", time(r.impact().startedAt()));
		fact(md, "Detected", time(r.impact().detectedAt()));
		fact(md, "Mitigated", time(r.impact().mitigatedAt()));
		fact(md, "Resolved", time(r.impact().resolvedAt()));
		for (SectionKey key : doc.template().sections()) {
			md.append("\n## ").append(key.label()).append("\n\n");
			String body = switch (key) {
				case TIMELINE -> timeline(doc.timeline());
				case ACCOUNTS -> accounts(doc.accounts());
				case FACTORS -> factors(doc.factors());
				case MITIGATORS -> factors(doc.mitigators());
				case ACTIONS -> actions(doc.actions());
				default -> doc.section(key);
			};
			if (!body.isBlank()) {
				md.append(body.strip()).append('\n');
			}
		}
		return md.toString();
	}

	private static void fact(StringBuilder md, String name, String value) {
		if (value != null && !value.isBlank()) {
			md.append("- ").append(name).append(": ").append(value).append('\n');
		}
	}

	private static String time(Instant at) {
		return (at != null) ? TIME.format(at) : null;
	}

	private static String timeline(List<CuratedEntry> entries) {
		return entries.stream()
			.map((e) -> "- " + TIME.format(e.occurredAt()) + " (" + e.kind() + ", " + e.author() + "): "
					+ oneLine(e.body()) + (e.annotation().isBlank() ? "" : "\n  - " + oneLine(e.annotation())))
			.collect(Collectors.joining("\n"));
	}

	private static String accounts(List<Account> accounts) {
		StringBuilder md = new StringBuilder();
		for (Account a : accounts) {
			md.append("### ").append(a.author()).append(a.shared() ? "" : " (private)").append("\n\n");
			part(md, "What I saw", a.saw());
			part(md, "What I did", a.did());
			part(md, "What I expected", a.expected());
			part(md, "What I assumed", a.assumed());
			part(md, "How I understood what was happening", a.understood());
		}
		return md.toString();
	}

	private static void part(StringBuilder md, String label, String text) {
		if (!text.isBlank()) {
			md.append("**").append(label).append("**\n\n").append(text.strip()).append("\n\n");
		}
	}

	private static String factors(List<Factor> factors) {
		StringBuilder md = new StringBuilder();
		for (Factor f : factors) {
			md.append("### ").append(f.type().code()).append("\n\n").append(f.description().strip()).append("\n\n");
			if (!f.evidence().isEmpty()) {
				md.append("Evidence: timeline entries ")
					.append(f.evidence().stream().map(String::valueOf).collect(Collectors.joining(", ")))
					.append("\n\n");
			}
		}
		return md.toString();
	}

	private static String actions(List<ActionItem> actions) {
		StringBuilder md = new StringBuilder();
		for (ActionItem a : actions) {
			md.append("### ").append(a.title()).append("\n\n");
			fact(md, "Status", a.status().code());
			fact(md, "Owner", (a.owner() != null) ? a.owner().reference() : null);
			fact(md, "Due", (a.due() != null) ? a.due().toString() : null);
			fact(md, "Reason", (a.reason() != null) ? oneLine(a.reason()) : null);
			fact(md, "Tracker", a.trackerUrl());
			md.append('\n');
		}
		return md.toString();
	}

	private static String oneLine(String text) {
		return text.strip().replaceAll("\\s*\\n\\s*", " ");
	}

}
