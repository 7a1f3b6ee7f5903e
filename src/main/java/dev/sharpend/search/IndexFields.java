package dev.sharpend.search;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;

/**
 * How a {@link SearchDocument} is laid out in the index: analysed title and body,
 * lower-cased keyword fields for filters (originals stored for display), and the time as
 * a point, a doc value (for recency and sorting) and a stored value.
 */
final class IndexFields {

	static final String KEY = "key";

	static final String TYPE = "type";

	static final String ID = "id";

	static final String INCIDENT = "incident";

	static final String TITLE = "title";

	static final String BODY = "body";

	static final String OCCURRED_AT = "occurredAt";

	static final String SEVERITY = "severity";

	static final String STATUS = "status";

	static final String COMPONENT = "component";

	static final String ALERT_RULE = "alertRule";

	static final String FACTOR_TYPE = "factorType";

	static final String URL = "url";

	/** Values a module stored with a document, under this prefix and their name. */
	static final String STORED = "s_";

	/** Filter fields hold lower-case values under this prefix. */
	static final String FILTER = "f_";

	private IndexFields() {
	}

	static Term key(String type, String id) {
		return new Term(KEY, type + ":" + id);
	}

	static Term filter(String field, String value) {
		return new Term(FILTER + field, value.toLowerCase(Locale.ROOT));
	}

	static Document toDocument(SearchDocument d) {
		Document doc = new Document();
		doc.add(new StringField(KEY, d.type() + ":" + d.id(), Field.Store.NO));
		keyword(doc, TYPE, d.type());
		keyword(doc, ID, d.id());
		keyword(doc, INCIDENT, (d.incident() != null) ? d.incident().toString() : null);
		doc.add(new TextField(TITLE, nonNull(d.title()), Field.Store.YES));
		doc.add(new TextField(BODY, nonNull(d.body()), Field.Store.YES));
		long at = (d.occurredAt() != null) ? d.occurredAt().toEpochMilli() : 0L;
		doc.add(new LongPoint(OCCURRED_AT, at));
		doc.add(new NumericDocValuesField(OCCURRED_AT, at));
		doc.add(new StoredField(OCCURRED_AT, at));
		keyword(doc, SEVERITY, d.severity());
		keyword(doc, STATUS, d.status());
		d.components().forEach((c) -> keyword(doc, COMPONENT, c));
		d.alertRules().forEach((r) -> keyword(doc, ALERT_RULE, r));
		d.factorTypes().forEach((f) -> keyword(doc, FACTOR_TYPE, f));
		if (d.url() != null) {
			doc.add(new StoredField(URL, d.url()));
		}
		d.stored().forEach((name, value) -> doc.add(new StoredField(STORED + name, value)));
		return doc;
	}

	static SearchDocument fromDocument(Document doc) {
		String incident = doc.get(INCIDENT);
		Number at = doc.getField(OCCURRED_AT).numericValue();
		return new SearchDocument(doc.get(TYPE), doc.get(ID), (incident != null) ? Long.valueOf(incident) : null,
				doc.get(TITLE), doc.get(BODY), Instant.ofEpochMilli(at.longValue()), doc.get(SEVERITY), doc.get(STATUS),
				values(doc, COMPONENT), values(doc, ALERT_RULE), values(doc, FACTOR_TYPE), doc.get(URL), stored(doc));
	}

	private static Map<String, String> stored(Document doc) {
		Map<String, String> stored = new HashMap<>();
		for (IndexableField field : doc.getFields()) {
			if (field.name().startsWith(STORED)) {
				stored.put(field.name().substring(STORED.length()), field.stringValue());
			}
		}
		return stored;
	}

	private static List<String> values(Document doc, String field) {
		return Arrays.asList(doc.getValues(field));
	}

	private static void keyword(Document doc, String field, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		doc.add(new StoredField(field, value));
		doc.add(new StringField(FILTER + field, value.toLowerCase(Locale.ROOT), Field.Store.NO));
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

}
