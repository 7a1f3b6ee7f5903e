package dev.sharpend.provider;

import dev.sharpend.system.WireCode;

/** What a provider does for us. */
public enum ProviderKind implements WireCode {

	/** Hosted databases and data stores. */
	DATABASE("database"),

	/** Message queues, streams and real-time messaging. */
	QUEUE("queue"),

	/** Log collection and search. */
	LOGS("logs"),

	/** Metrics, tracing and error tracking. */
	METRICS("metrics"),

	/** Alerting, paging and incident tooling. */
	ALERTING("alerting"),

	/** Compute, platform and storage hosting. */
	HOSTING("hosting"),

	/** Content delivery and edge networks. */
	CDN("cdn"),

	/** Domain name service. */
	DNS("dns"),

	/** Sending and receiving e-mail. */
	EMAIL("email"),

	/** Payments and billing. */
	PAYMENTS("payments"),

	/** Sign-in, single sign-on and secrets. */
	IDENTITY("identity"),

	/** Source code hosting and package registries. */
	SOURCE_CONTROL("source_control"),

	/** Continuous integration and delivery. */
	CI("ci"),

	/** Anything else. */
	OTHER("other");

	private final String code;

	ProviderKind(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
