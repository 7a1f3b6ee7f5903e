package dev.sharpend.provider.upstream;

import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;

/**
 * Azure's status RSS feed: one item per issue active now, none when healthy. Items carry
 * no severity and no components, only categories naming services and regions, so each
 * item is an ongoing minor incident affecting its categories; the scope's regions keep
 * the items naming one of them (or naming no region the scope could be compared with).
 */
final class AzureRssAdapter implements FeedAdapter {

	@Override
	public StatusFormat format() {
		return StatusFormat.AZURE_RSS;
	}

	@Override
	public boolean recognises(SyndFeed feed) {
		String link = String.valueOf(feed.getLink());
		return link.contains("azure.status.microsoft") || link.contains("status.azure.com")
				|| String.valueOf(feed.getTitle()).contains("Azure Status");
	}

	@Override
	public UpstreamReport read(SyndFeed feed, StatusBody body, StatusScope scope) {
		List<UpstreamEvent> events = new ArrayList<>();
		for (SyndEntry entry : feed.getEntries()) {
			List<String> categories = entry.getCategories()
				.stream()
				.map(SyndCategory::getName)
				.filter((c) -> c != null && !c.isBlank())
				.map(String::strip)
				.toList();
			if (!categories.isEmpty() && !scope.coversRegion(categories.toArray(String[]::new))) {
				continue;
			}
			String text = Feeds.text(entry);
			events.add(UpstreamEvent.incident(Feeds.id(entry), Feeds.title(entry), EventState.ONGOING, Impact.MINOR)
				.from(Feeds.when(entry))
				.withComponents(categories)
				.withUpdates(List.of(new UpstreamUpdate(
						(Feeds.when(entry) != null) ? Feeds.when(entry) : body.fetchedAt(), null, text)))
				.withUrl(entry.getLink()));
		}
		return UpstreamReport.of(format(), List.of(), events);
	}

}
