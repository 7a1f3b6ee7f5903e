package dev.sharpend.provider.upstream;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndFeed;
import tools.jackson.databind.JsonNode;

/**
 * Reads a provider's status page body into the common model, detecting its format from
 * the body itself: some hosts answer 200 with the same HTML for any path, so the status
 * code proves nothing. JSON formats are told apart by their shape, feeds by their
 * channel; a feed of no known provider is read as a plain feed.
 */
public final class StatusReading {

	private static final List<JsonAdapter> JSON = List.of(new IncidentIoAdapter(), new StatuspageAdapter(),
			new InstatusAdapter(), new BetterStackAdapter(), new Cachet3Adapter(), new Cachet2Adapter(),
			new GoogleCloudAdapter(), new SlackAdapter());

	private static final List<FeedAdapter> FEEDS = List.of(new AwsRssAdapter(), new AzureRssAdapter(),
			new FeedFallbackAdapter());

	private StatusReading() {
	}

	/**
	 * The body in whatever format it is.
	 * @throws UnreadableStatus when it is no status page of a known format
	 */
	public static UpstreamReport read(StatusBody body, StatusScope scope) {
		if (isJson(body)) {
			JsonNode root = Json.parse(body);
			return jsonAdapter(root).read(root, body, scope);
		}
		SyndFeed feed = feed(body);
		return feedAdapter(feed).read(feed, body, scope);
	}

	/**
	 * The body read as {@code expected}; a body of another format is refused, as a page
	 * that changed its format needs a person to look at it.
	 * @throws UnreadableStatus when the body is not of the expected format
	 */
	public static UpstreamReport read(StatusFormat expected, StatusBody body, StatusScope scope) {
		StatusFormat found = detect(body);
		if (found != expected && !(expected == StatusFormat.FEED && !isJson(body))) {
			throw new UnreadableStatus(
					"Expected " + expected.label() + " but the page answered with " + found.label() + ".");
		}
		if (expected == StatusFormat.FEED) {
			SyndFeed feed = feed(body);
			return FEEDS.get(FEEDS.size() - 1).read(feed, body, scope);
		}
		return read(body, scope);
	}

	/**
	 * The format of the body.
	 * @throws UnreadableStatus when it is no status page of a known format
	 */
	public static StatusFormat detect(StatusBody body) {
		if (isJson(body)) {
			return jsonAdapter(Json.parse(body)).format();
		}
		return feedAdapter(feed(body)).format();
	}

	private static boolean isJson(StatusBody body) {
		int first = body.firstSignificant();
		return first == '{' || first == '[';
	}

	private static JsonAdapter jsonAdapter(JsonNode root) {
		return JSON.stream()
			.filter((adapter) -> adapter.recognises(root))
			.findFirst()
			.orElseThrow(
					() -> new UnreadableStatus("The page answered with JSON of no status page format Sharpend reads."));
	}

	private static FeedAdapter feedAdapter(SyndFeed feed) {
		return FEEDS.stream().filter((adapter) -> adapter.recognises(feed)).findFirst().orElseThrow();
	}

	private static SyndFeed feed(StatusBody body) {
		int first = body.firstSignificant();
		if (first == -1) {
			throw new UnreadableStatus("The status page answered with an empty body.");
		}
		if (first != '<') {
			throw new UnreadableStatus("The status page answered with neither JSON nor XML.");
		}
		String start = new String(body.bytes(), 0, Math.min(body.bytes().length, 512), StandardCharsets.UTF_8)
			.toLowerCase(Locale.ROOT);
		if (start.contains("<html") || start.contains("<!doctype html")) {
			throw new UnreadableStatus("The status page answered with an HTML page, not a status API or feed.");
		}
		return Feeds.parse(body);
	}

}
