package dev.sharpend.search;

import org.springframework.modulith.NamedInterface;

/** The fields of a {@link SearchDocument} a {@link SimilarQuery} can name. */
@NamedInterface("api")
public enum SearchField {

	/** The title: analysed text. */
	TITLE(IndexFields.TITLE, true),

	/** The body: analysed text. */
	BODY(IndexFields.BODY, true),

	/** A component name: a keyword, matched whole and ignoring case. */
	COMPONENT(IndexFields.COMPONENT, false),

	/** An alert rule: a keyword. */
	ALERT_RULE(IndexFields.ALERT_RULE, false),

	/** A contributing factor type: a keyword. */
	FACTOR_TYPE(IndexFields.FACTOR_TYPE, false),

	/** The severity: a keyword. */
	SEVERITY(IndexFields.SEVERITY, false),

	/** The status: a keyword. */
	STATUS(IndexFields.STATUS, false);

	private final String indexName;

	private final boolean text;

	SearchField(String indexName, boolean text) {
		this.indexName = indexName;
		this.text = text;
	}

	String indexName() {
		return this.indexName;
	}

	/** Whether the field holds analysed text rather than keywords. */
	public boolean text() {
		return this.text;
	}

}
