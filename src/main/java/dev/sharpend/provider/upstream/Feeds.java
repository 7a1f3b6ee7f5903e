package dev.sharpend.provider.upstream;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;

/**
 * Reads RSS and Atom bodies. DOCTYPE declarations are refused (the parser's default, kept
 * explicitly): a DTD in a fetched body could otherwise make the parser read local files
 * or reach other hosts through external entities, or expand entities without bound.
 */
final class Feeds {

	private Feeds() {
	}

	static SyndFeed parse(StatusBody body) {
		SyndFeedInput input = new SyndFeedInput();
		input.setAllowDoctypes(false);
		try {
			return input.build(new InputSource(new ByteArrayInputStream(body.bytes())));
		}
		catch (FeedException | IllegalArgumentException ex) {
			String reason = String.valueOf(ex.getMessage()).toLowerCase(Locale.ROOT).contains("doctype")
					? "it declares a DOCTYPE, which is refused" : "it is no RSS or Atom feed";
			throw new UnreadableStatus("The status feed could not be read: " + reason + ".", ex);
		}
	}

	/** When the entry was last changed, else published, else null. */
	static @Nullable Instant when(SyndEntry entry) {
		if (entry.getUpdatedDate() != null) {
			return entry.getUpdatedDate().toInstant();
		}
		return (entry.getPublishedDate() != null) ? entry.getPublishedDate().toInstant() : null;
	}

	/** The entry's description or first content, as sent. */
	static String text(SyndEntry entry) {
		SyndContent description = entry.getDescription();
		if (description != null && description.getValue() != null) {
			return description.getValue().strip();
		}
		return entry.getContents().stream().findFirst().map(SyndContent::getValue).map(String::strip).orElse("");
	}

	/** A stable identifier: the guid or id, else the link, else the title. */
	static String id(SyndEntry entry) {
		if (entry.getUri() != null && !entry.getUri().isBlank()) {
			return entry.getUri();
		}
		if (entry.getLink() != null && !entry.getLink().isBlank()) {
			return entry.getLink();
		}
		return String.valueOf(entry.getTitle());
	}

	static String title(SyndEntry entry) {
		return (entry.getTitle() != null) ? entry.getTitle().strip() : "";
	}

}
