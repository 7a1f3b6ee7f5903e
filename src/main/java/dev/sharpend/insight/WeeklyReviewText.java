package dev.sharpend.insight;

import java.util.stream.Collectors;

/** The weekly review as the plain text of its e-mail; never names a person. */
final class WeeklyReviewText {

	private WeeklyReviewText() {
	}

	static String mail(WeeklyReview review, String url) {
		WeeklyReview.Rotation r = review.rotation();
		WeeklyReview.Pages p = review.pages();
		StringBuilder text = new StringBuilder();
		text.append("Weekly on-call review of ")
			.append(r.name())
			.append(" (team ")
			.append(r.teamName())
			.append("), ")
			.append(review.week())
			.append(": Monday ")
			.append(review.week().monday())
			.append(" to Sunday ")
			.append(review.week().monday().plusDays(6))
			.append(" on the ")
			.append(r.zone().getId())
			.append(" clock.\n\n");
		text.append("Pages: ")
			.append(p.bands().total())
			.append(" (business hours ")
			.append(p.bands().business())
			.append(", off-hours ")
			.append(p.bands().offHours())
			.append(", sleep ")
			.append(p.bands().sleep())
			.append(").\n\n");
		section(text, "Noisiest rules", p.rules().isEmpty(),
				p.rules()
					.stream()
					.map((l) -> "- " + l.rule() + ": " + counted(l.pages(), "page") + " from "
							+ counted(l.groups(), "alert group") + ", " + l.clearedBySelf() + " cleared by itself, "
							+ l.unacted() + " not acted on")
					.collect(Collectors.joining("\n")));
		section(text, "Pages nobody acted on", p.unacted().isEmpty(),
				p.unacted()
					.stream()
					.map((g) -> "- alert group #" + g.group() + " (" + g.rule() + "), opened " + r.local(g.opened())
							+ ": " + ((g.answer() != null) ? g.answer().label() : "acknowledged without action"))
					.collect(Collectors.joining("\n")));
		section(text, "Open drift signals", review.signals().isEmpty(), review.signals()
			.stream()
			.map((v) -> "- " + v.signal().kind().label() + ", " + v.signal().rule() + ": " + v.signal().summary())
			.collect(Collectors.joining("\n")));
		section(text, "Incidents", review.incidents().isEmpty(),
				review.incidents()
					.stream()
					.map((i) -> "- " + i.reference() + " " + i.title() + " (" + i.status() + ")")
					.collect(Collectors.joining("\n")));
		if (!review.reviews().isEmpty()) {
			section(text, "Reviews", false,
					review.reviews()
						.stream()
						.map((v) -> "- " + v.title() + " of INC-" + v.incident() + " (" + v.status() + ")")
						.collect(Collectors.joining("\n")));
		}
		text.append("The whole review, with the evidence linked: ").append(url).append("\n");
		return text.toString();
	}

	private static String counted(int count, String what) {
		return count + " " + what + ((count == 1) ? "" : "s");
	}

	private static void section(StringBuilder text, String title, boolean empty, String lines) {
		text.append(title).append(":\n").append(empty ? "none" : lines).append("\n\n");
	}

}
