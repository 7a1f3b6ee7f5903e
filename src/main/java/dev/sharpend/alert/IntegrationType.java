package dev.sharpend.alert;

import java.util.Arrays;
import java.util.Optional;

/** The kind of source an integration receives alerts from. */
public enum IntegrationType {

	/** Prometheus Alertmanager's webhook receiver (payload version 4). */
	ALERTMANAGER("alertmanager"),

	/** Grafana alerting's webhook contact point. */
	GRAFANA("grafana"),

	/** The PagerDuty Events API v2. */
	PAGERDUTY("pagerduty"),

	/** Any JSON, mapped with JSON pointers. */
	GENERIC("generic");

	private final String code;

	IntegrationType(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public static Optional<IntegrationType> fromCode(String code) {
		return Arrays.stream(values()).filter((t) -> t.code.equals(code)).findFirst();
	}

}
