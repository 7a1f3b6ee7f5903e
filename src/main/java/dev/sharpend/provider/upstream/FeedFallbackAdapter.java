package dev.sharpend.provider.upstream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;

/**
 * Any RSS or Atom feed, such as a status page's incident history. Feeds carry no machine
 * state, so an item counts as an ongoing incident while it is younger than a day and its
 * latest words do not say it is over; older items are history. Statuspage-style history
 * entries start with the latest update's state in bold
 * ({@code <strong>Resolved</strong>}), which is read when present.
 */
final class FeedFallbackAdapter implements FeedAdapter {

	static final Duration RECENT = Duration.ofHours(24);

	private static final Pattern BOLD_STATE = Pattern.compile("<(?:strong|b)>\\s*([A-Za-z ]+?)\\s*</(?:strong|b)>");

	@Override
	public StatusFormat format() {
		return StatusFormat.FEED;
	}

	@Override
	public boolean recognises(SyndFeed feed) {
		return true;
	}

	@Override
	public UpstreamReport read(SyndFeed feed, StatusBody body, StatusScope scope) {
		List<UpstreamEvent> events = new ArrayList<>();
		for (SyndEntry entry : feed.getEntries()) {
			Instant at = Feeds.when(entry);
			String text = Feeds.text(entry);
			EventState state = state(Feeds.title(entry), text);
			if (state == EventState.ONGOING && (at == null || at.isBefore(body.fetchedAt().minus(RECENT)))) {
				state = EventState.RESOLVED;
			}
			UpstreamEvent event = UpstreamEvent.incident(Feeds.id(entry), Feeds.title(entry), state, Impact.MINOR)
				.from((entry.getPublishedDate() != null) ? entry.getPublishedDate().toInstant() : at)
				.withUrl(entry.getLink());
			events.add((at != null) ? event.withUpdates(List.of(new UpstreamUpdate(at, state, text))) : event);
		}
		return UpstreamReport.of(format(), List.of(), events);
	}

	private static EventState state(String title, String text) {
		Matcher bold = BOLD_STATE.matcher(text);
		String latest = (bold.find() ? bold.group(1) : title).toLowerCase(Locale.ROOT);
		if (latest.contains("resolved") || latest.contains("completed") || latest.contains("postmortem")) {
			return EventState.RESOLVED;
		}
		return switch (latest) {
			case "investigating" -> EventState.INVESTIGATING;
			case "identified" -> EventState.IDENTIFIED;
			case "monitoring" -> EventState.MONITORING;
			default -> EventState.ONGOING;
		};
	}

}
