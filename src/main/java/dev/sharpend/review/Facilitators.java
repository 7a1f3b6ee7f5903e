package dev.sharpend.review;

import dev.sharpend.incident.IncidentHistory;

/**
 * Picks a review's facilitator. The commander made the decisions being looked at, so
 * someone else runs the meeting: the review's author if they were not commander, or else
 * the first other participant. With nobody else it stays empty.
 */
final class Facilitators {

	private Facilitators() {
	}

	static String suggest(IncidentHistory history, String author) {
		String commander = history.commander();
		if (commander == null || !commander.equalsIgnoreCase(author)) {
			return author;
		}
		return history.participants().stream().filter((p) -> !p.equalsIgnoreCase(commander)).findFirst().orElse(null);
	}

}
