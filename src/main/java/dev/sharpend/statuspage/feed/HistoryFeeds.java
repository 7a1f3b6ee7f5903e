package dev.sharpend.statuspage.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.sharpend.statuspage.Notice;
import dev.sharpend.statuspage.NoticeKind;
import dev.sharpend.statuspage.NoticeUpdate;
import dev.sharpend.statuspage.PageDocuments;
import dev.sharpend.statuspage.PageSnapshot;
import dev.sharpend.statuspage.PageView;
import dev.sharpend.system.Markdown;
import dev.sharpend.system.XmlText;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A page's history as an Atom 1.0 feed ({@code history.atom}) and an RSS 2.0 feed
 * ({@code history.rss}): one entry per status incident or maintenance, newest change
 * first, with all its updates. Rendered with each snapshot, so feed readers keep being
 * served while the database is down.
 */
@Component
class HistoryFeeds implements PageDocuments {

	static final String ATOM = "history.atom";

	static final String RSS = "history.rss";

	private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

	private static final DateTimeFormatter UPDATE_TIME = DateTimeFormatter.ofPattern("MMM d, HH:mm z", Locale.ENGLISH);

	private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

	@Override
	public Map<String, PageSnapshot.Rendered> render(PageView view) {
		List<Notice> notices = new ArrayList<>(view.incidents());
		notices.addAll(view.maintenances());
		notices.sort(Comparator.comparing(Notice::updatedAt).reversed());
		Instant modified = view.page().updatedAt();
		return Map.of(ATOM, PageDocuments.rendered(atom(view, notices), "application/atom+xml;charset=UTF-8", modified),
				RSS, PageDocuments.rendered(rss(view, notices), "application/rss+xml;charset=UTF-8", modified));
	}

	private byte[] atom(PageView view, List<Notice> notices) {
		return write((w) -> {
			w.writeStartElement("feed");
			w.writeDefaultNamespace(ATOM_NS);
			w.writeAttribute("xml:lang", "en");
			text(w, "id", view.url() + "/" + ATOM);
			text(w, "title", view.page().name() + " status history");
			text(w, "updated", view.page().updatedAt().toString());
			link(w, "self", "application/atom+xml", view.url() + "/" + ATOM);
			link(w, "alternate", "text/html", view.url() + "/");
			w.writeStartElement("author");
			text(w, "name", view.page().name());
			w.writeEndElement();
			for (Notice n : notices) {
				w.writeStartElement("entry");
				text(w, "id", view.noticeUrl(n));
				text(w, "title", title(n));
				text(w, "updated", n.updatedAt().toString());
				text(w, "published", n.createdAt().toString());
				link(w, "alternate", "text/html", view.noticeUrl(n));
				w.writeStartElement("content");
				w.writeAttribute("type", "html");
				w.writeCharacters(XmlText.legal(content(view, n)));
				w.writeEndElement();
				w.writeEndElement();
			}
			w.writeEndElement();
		});
	}

	private byte[] rss(PageView view, List<Notice> notices) {
		DateTimeFormatter rfc822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
		return write((w) -> {
			w.writeStartElement("rss");
			w.writeAttribute("version", "2.0");
			w.writeNamespace("atom", ATOM_NS);
			w.writeStartElement("channel");
			text(w, "title", view.page().name() + " status history");
			text(w, "link", view.url() + "/");
			text(w, "description", "Status incidents and maintenances of " + view.page().name());
			text(w, "language", "en");
			text(w, "lastBuildDate", rfc822.format(view.page().updatedAt()));
			w.writeEmptyElement("atom", "link", ATOM_NS);
			w.writeAttribute("href", view.url() + "/" + RSS);
			w.writeAttribute("rel", "self");
			w.writeAttribute("type", "application/rss+xml");
			for (Notice n : notices) {
				w.writeStartElement("item");
				text(w, "title", title(n));
				text(w, "link", view.noticeUrl(n));
				w.writeStartElement("guid");
				w.writeAttribute("isPermaLink", "false");
				w.writeCharacters(XmlText.legal(view.noticeUrl(n) + "#" + n.updatedAt().toEpochMilli()));
				w.writeEndElement();
				text(w, "pubDate", rfc822.format(n.updatedAt()));
				text(w, "description", content(view, n));
				w.writeEndElement();
			}
			w.writeEndElement();
			w.writeEndElement();
		});
	}

	private static String title(Notice n) {
		String status = n.status().code();
		String label = status.substring(0, 1).toUpperCase(Locale.ENGLISH) + status.substring(1).replace('_', ' ');
		return n.name() + " – " + label;
	}

	/** The notice's updates as HTML, newest first, as the public page shows them. */
	private static String content(PageView view, Notice n) {
		ZoneId zone = ZoneId.of(view.page().timeZone());
		StringBuilder html = new StringBuilder();
		String affected = view.affectedSentence(n);
		if (n.kind() == NoticeKind.INCIDENT) {
			String impact = n.impact().code();
			html.append("<p>Impact: ")
				.append(impact.substring(0, 1).toUpperCase(Locale.ENGLISH))
				.append(impact.substring(1))
				.append("</p>");
		}
		if (!affected.isEmpty()) {
			html.append("<p>").append(HtmlUtils.htmlEscape(affected)).append("</p>");
		}
		if (n.kind() == NoticeKind.MAINTENANCE) {
			html.append("<p>Scheduled ")
				.append(HtmlUtils.htmlEscape(UPDATE_TIME.format(n.schedule().scheduledFor().atZone(zone))))
				.append(" – ")
				.append(HtmlUtils.htmlEscape(UPDATE_TIME.format(n.schedule().scheduledUntil().atZone(zone))))
				.append("</p>");
		}
		for (NoticeUpdate u : n.updates()) {
			html.append("<p><strong>")
				.append(HtmlUtils.htmlEscape(u.status().code()))
				.append("</strong> – ")
				.append(HtmlUtils.htmlEscape(UPDATE_TIME.format(u.displayAt().atZone(zone))))
				.append("</p>")
				.append(Markdown.toSafeHtml(u.body()));
		}
		return html.toString();
	}

	private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
		w.writeStartElement(name);
		// the writer checks nothing: a control character stored in a name or body would
		// make the whole feed ill-formed for every reader
		w.writeCharacters(XmlText.legal(value));
		w.writeEndElement();
	}

	private static void link(XMLStreamWriter w, String rel, String type, String href) throws XMLStreamException {
		w.writeEmptyElement("link");
		w.writeAttribute("rel", rel);
		w.writeAttribute("type", type);
		w.writeAttribute("href", XmlText.legal(href));
	}

	private byte[] write(Body body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter writer = this.xml.createXMLStreamWriter(out, "UTF-8");
			writer.writeStartDocument("UTF-8", "1.0");
			body.write(writer);
			writer.writeEndDocument();
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write a feed", ex);
		}
		return out.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
	}

	private interface Body {

		void write(XMLStreamWriter writer) throws XMLStreamException;

	}

}
