package dev.sharpend.provider.upstream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import org.jspecify.annotations.Nullable;

/**
 * The AWS Health Dashboard RSS feeds ({@code /rss/all.rss},
 * {@code /rss/<service>-<region>.rss}). Each item is one update; its guid ends in
 * {@code #<service>-<region>_<epoch>} (no region for global services) and its title
 * starts with the state: "Service is operating normally" ends the event, "Informational
 * message" is minor, "Performance issues" major and "Service disruption" critical.
 * Consecutive items of one service and region form one event. A healthy feed has no
 * items. Events open for months in regions nobody uses are why the scope's regions
 * matter; global events are always kept.
 */
final class AwsRssAdapter implements FeedAdapter {

	private static final Pattern KEY = Pattern
		.compile("#([a-z0-9-]+?)(?:-((?:[a-z]{2})(?:-gov)?-[a-z]+-\\d+))?_(\\d+)$");

	@Override
	public StatusFormat format() {
		return StatusFormat.AWS_RSS;
	}

	@Override
	public boolean recognises(SyndFeed feed) {
		String generator = String.valueOf(feed.getGenerator());
		String link = String.valueOf(feed.getLink());
		return generator.contains("AWS Service Health Dashboard") || link.contains("status.aws.amazon.com")
				|| link.contains("health.aws.amazon.com");
	}

	@Override
	public UpstreamReport read(SyndFeed feed, StatusBody body, StatusScope scope) {
		Map<String, List<Item>> byService = new LinkedHashMap<>();
		for (SyndEntry entry : feed.getEntries()) {
			Item item = Item.of(entry);
			if (item.region() == null || scope.coversRegion(item.region())) {
				byService.computeIfAbsent(item.service(), (k) -> new ArrayList<>()).add(item);
			}
		}
		List<UpstreamEvent> events = new ArrayList<>();
		List<UpstreamComponent> components = new ArrayList<>();
		byService.forEach((service, items) -> {
			items.sort(Comparator.comparing(Item::at));
			List<UpstreamEvent> own = events(service, items);
			events.addAll(own);
			UpstreamStatus status = own.stream()
				.filter(UpstreamEvent::isActive)
				.map((e) -> e.impact().status())
				.reduce(UpstreamStatus.OPERATIONAL, UpstreamStatus::worse);
			components.add(UpstreamComponent.of(service, service, status));
		});
		return UpstreamReport.of(format(), components, events);
	}

	/** One event per run of items up to and including one that says it is over. */
	private static List<UpstreamEvent> events(String service, List<Item> items) {
		List<UpstreamEvent> events = new ArrayList<>();
		List<Item> run = new ArrayList<>();
		for (Item item : items) {
			run.add(item);
			if (item.over()) {
				events.add(event(service, run));
				run = new ArrayList<>();
			}
		}
		if (!run.isEmpty()) {
			events.add(event(service, run));
		}
		return events;
	}

	private static UpstreamEvent event(String service, List<Item> run) {
		Item first = run.get(0);
		Item last = run.get(run.size() - 1);
		Impact impact = run.stream().map(Item::impact).reduce(Impact.NONE, Impact::worse);
		List<UpstreamUpdate> updates = run.stream()
			.map((i) -> new UpstreamUpdate(i.at(), i.over() ? EventState.RESOLVED : EventState.ONGOING, i.text()))
			.toList();
		return UpstreamEvent
			.incident(service + "_" + first.at().getEpochSecond(), last.title(),
					last.over() ? EventState.RESOLVED : EventState.ONGOING, impact)
			.from(first.at())
			.until(last.over() ? last.at() : null)
			.withComponents(List.of(service))
			.withUpdates(updates);
	}

	/**
	 * One feed item: its service key (such as {@code rds-us-east-1}), region and state.
	 */
	private record Item(String service, @Nullable String region, Instant at, String title, Impact impact, boolean over,
			String text) {

		static Item of(SyndEntry entry) {
			String guid = Feeds.id(entry);
			Matcher key = KEY.matcher(guid);
			boolean keyed = key.find();
			String region = keyed ? key.group(2) : null;
			String service = keyed ? key.group(1) + ((region != null) ? "-" + region : "") : guid;
			Instant at = Feeds.when(entry);
			String title = Feeds.title(entry);
			boolean over = title.startsWith("Service is operating normally") || title.contains("[RESOLVED]");
			Impact impact = title.startsWith("Service disruption") ? Impact.CRITICAL
					: title.startsWith("Performance issues") ? Impact.MAJOR
							: title.startsWith("Informational message") ? Impact.MINOR : Impact.NONE;
			String plain = title.replaceFirst("^[^:]*:\\s*", "").replace("[RESOLVED]", "").strip();
			return new Item(service, region, (at != null) ? at : Instant.EPOCH, plain, impact, over, Feeds.text(entry));
		}

	}

}
