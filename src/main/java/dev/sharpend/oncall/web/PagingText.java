package dev.sharpend.oncall.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroupStatus;
import dev.sharpend.oncall.PagingHistory;

import org.jspecify.annotations.Nullable;

/** Paging in words, as the group's page and the page link show it. */
final class PagingText {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private PagingText() {
	}

	/** "Acknowledged by Alice Smith at 03:12 UTC", or null while nobody acted. */
	static @Nullable String outcome(AlertGroup group) {
		if (group.status() == AlertGroupStatus.RESOLVED) {
			return "Resolved" + ((group.resolvedBy() != null) ? " by " + group.resolvedBy() : "") + " at "
					+ TIME.format(group.resolvedAt());
		}
		if (group.status() == AlertGroupStatus.ACKNOWLEDGED) {
			return "Acknowledged by " + group.acknowledgedBy() + " at " + TIME.format(group.acknowledgedAt());
		}
		return null;
	}

	/** "Paged Alice Smith 3 min ago by e-mail (step 1), not acknowledged". */
	static String line(PagingHistory.PageEntry page, AlertGroup group, Clock clock) {
		StringBuilder text = new StringBuilder("Paged ").append(page.name())
			.append(' ')
			.append(ago(page.at(), clock.instant()));
		List<String> ways = page.notifications().stream().map((n) -> way(n, clock.instant())).toList();
		if (!ways.isEmpty()) {
			text.append(' ').append(String.join(", ", ways));
		}
		text.append(" (step ").append(page.step());
		if (page.round() > 0) {
			text.append(", repeat ").append(page.round());
		}
		text.append("), ").append(acknowledgement(group));
		return text.toString();
	}

	private static String way(PagingHistory.NotificationEntry n, Instant now) {
		return switch (n.state()) {
			case "sent" -> n.digest() ? "by " + n.via() + " digest" : "by " + n.via();
			case "pending" -> "by " + n.via() + " " + ago(n.due(), now);
			case "held" -> "by " + n.via() + " held back by the per-minute limit";
			case "listed" -> "by " + n.via() + " listed in a later page or digest";
			default -> "by " + n.via() + " cancelled";
		};
	}

	private static String acknowledgement(AlertGroup group) {
		return switch (group.status()) {
			case TRIGGERED -> "not acknowledged";
			case ACKNOWLEDGED -> "acknowledged by " + group.acknowledgedBy();
			case RESOLVED -> "resolved";
		};
	}

	static String ago(Instant at, Instant now) {
		Duration between = Duration.between(at, now);
		Duration span = between.abs();
		String amount;
		if (span.toMinutes() < 1) {
			return "just now";
		}
		else if (span.toHours() < 1) {
			amount = span.toMinutes() + " min";
		}
		else if (span.toDays() < 1) {
			amount = span.toHours() + " h";
		}
		else {
			amount = span.toDays() + " d";
		}
		return between.isNegative() ? "in " + amount : amount + " ago";
	}

}
