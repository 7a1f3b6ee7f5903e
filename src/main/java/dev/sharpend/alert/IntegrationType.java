package dev.sharpend.alert;

import dev.sharpend.system.WireCode;

/** The kind of source an integration receives alerts from. */
public enum IntegrationType implements WireCode {

	/** Prometheus Alertmanager's webhook receiver (payload version 4). */
	ALERTMANAGER("alertmanager"),

	/** Grafana alerting's webhook contact point. */
	GRAFANA("grafana"),

	/** The PagerDuty Events API v2. */
	PAGERDUTY("pagerduty"),

	/** Any JSON, mapped with JSON pointers. */
	GENERIC("generic"),

	/**
	 * Alerts Sharpend raises itself when a provider's component mapped to one of ours is
	 * unwell, and resolves when it recovers; no outside sender uses its key.
	 */
	PROVIDER("provider"),

	/**
	 * A heartbeat's own integration: its key is the ping URL's, and its alert group says
	 * that the heartbeat went silent. Created and removed with the heartbeat only.
	 */
	HEARTBEAT("heartbeat");

	private final String code;

	IntegrationType(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
