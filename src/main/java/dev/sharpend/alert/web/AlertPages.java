package dev.sharpend.alert.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import dev.sharpend.alert.Alert;
import dev.sharpend.alert.AlertLinks;
import dev.sharpend.alert.AlertSeverity;
import dev.sharpend.alert.SilenceMatcher;
import dev.sharpend.system.RequestRejected;

import org.springframework.stereotype.Component;

/**
 * Wording shared by the alert pages, called from templates as {@code @alertPages}:
 * relative times (with the exact time for a title), what suppressed an alert, and links
 * that are safe to put in an href.
 */
@Component("alertPages")
class AlertPages {

	private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final List<String> KEY_LABELS = List.of("instance", "host", "pod", "service", "job", "container",
			"namespace", "cluster", "env", "environment", "region");

	private static final int KEY_LABEL_LIMIT = 3;

	private final Clock clock;

	AlertPages(Clock clock) {
		this.clock = clock;
	}

	/** "3 min ago", "in 2 h", "just now"; empty for no time. */
	public String ago(Instant at) {
		if (at == null) {
			return "";
		}
		Duration between = Duration.between(at, this.clock.instant());
		boolean future = between.isNegative();
		String span = span(between.abs());
		if (span == null) {
			return "just now";
		}
		return future ? "in " + span : span + " ago";
	}

	/** The time to the second in UTC, for a tooltip or a column. */
	public String exact(Instant at) {
		return (at != null) ? EXACT.format(at) : "";
	}

	/** The time in ISO 8601, for a {@code <time datetime>}. */
	public String iso(Instant at) {
		return (at != null) ? at.toString() : "";
	}

	/** How long, in the largest unit that fits ("45 s", "12 min", "3 h", "2 d"). */
	public String span(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds < 10) {
			return null;
		}
		if (seconds < 60) {
			return seconds + " s";
		}
		if (seconds < 3600) {
			return (seconds / 60) + " min";
		}
		if (seconds < 48 * 3600) {
			return (seconds / 3600) + " h";
		}
		return (seconds / 86400) + " d";
	}

	/**
	 * What an alert is in a word: its {@code alertname}, or its title when it has none.
	 */
	public String rule(Alert alert) {
		String alertname = alert.labels().get("alertname");
		return (alertname != null && !alertname.isBlank()) ? alertname : alert.title();
	}

	/**
	 * The labels that tell alerts of one rule apart, as {@code name=value}, at most
	 * {@value #KEY_LABEL_LIMIT}: where (instance, host, pod) and what (service, job)
	 * first.
	 */
	public List<String> keyLabels(Map<String, String> labels) {
		return KEY_LABELS.stream()
			.filter((name) -> labels.get(name) != null && !labels.get(name).isBlank())
			.limit(KEY_LABEL_LIMIT)
			.map((name) -> name + "=" + labels.get(name))
			.toList();
	}

	/** A severity label's level, 1 (worst) to 4, or 0 when its spelling is unknown. */
	public int severityLevel(String label) {
		return AlertSeverity.level(label);
	}

	/** A link from an alert source, or null unless it is plain http(s). */
	public String safeUrl(String url) {
		return AlertLinks.safe(url);
	}

	/** Why an alert is held back, in words. */
	public String suppression(String marker) {
		if (marker == null) {
			return null;
		}
		if (marker.startsWith("silence:")) {
			return "Silenced by silence #" + marker.substring("silence:".length());
		}
		if (marker.startsWith("maintenance:")) {
			return "Under maintenance (" + marker.substring("maintenance:".length()) + ")";
		}
		return "Suppressed (" + marker + ")";
	}

	/**
	 * The silence a marker names, for a link, or null when a maintenance suppressed it.
	 */
	public String silenceId(String marker) {
		return (marker != null && marker.startsWith("silence:")) ? marker.substring("silence:".length()) : null;
	}

	/**
	 * Matchers that select exactly these labels, to start a silence from an alert; null
	 * when a label cannot be a matcher (a value too long), as fewer matchers would
	 * silence more than this alert.
	 */
	public String silenceFor(Map<String, String> labels) {
		try {
			return MatcherSyntax.exactly(labels);
		}
		catch (RequestRejected ex) {
			return null;
		}
	}

	/**
	 * Matchers as Alertmanager writes them: {@code alertname="DiskFull", env=~"stag.*"}.
	 */
	public String matchers(List<SilenceMatcher> matchers) {
		return MatcherSyntax.format(matchers);
	}

}
