package dev.sharpend.provider;

import dev.sharpend.system.WireCode;

/** What a provider does for us. */
public enum ProviderKind implements WireCode {

	/** Hosted databases and data stores. */
	DATABASE("database", "Database"),

	/** Message queues, streams and real-time messaging. */
	QUEUE("queue", "Queue"),

	/** Log collection and search. */
	LOGS("logs", "Logs"),

	/** Metrics, tracing and error tracking. */
	METRICS("metrics", "Metrics"),

	/** Alerting, paging and incident tooling. */
	ALERTING("alerting", "Alerting"),

	/** Compute, platform and storage hosting. */
	HOSTING("hosting", "Hosting"),

	/** Content delivery and edge networks. */
	CDN("cdn", "CDN"),

	/** Domain name service. */
	DNS("dns", "DNS"),

	/** Sending and receiving e-mail. */
	EMAIL("email", "E-mail"),

	/** Payments and billing. */
	PAYMENTS("payments", "Payments"),

	/** Sign-in, single sign-on and secrets. */
	IDENTITY("identity", "Identity"),

	/** Source code hosting and package registries. */
	SOURCE_CONTROL("source_control", "Source control"),

	/** Continuous integration and delivery. */
	CI("ci", "CI"),

	/** Anything else. */
	OTHER("other", "Other");

	private final String code;

	private final String label;

	ProviderKind(String code, String label) {
		this.code = code;
		this.label = label;
	}

	@Override
	public String code() {
		return this.code;
	}

	/** How a person reads it. */
	public String label() {
		return this.label;
	}

}
