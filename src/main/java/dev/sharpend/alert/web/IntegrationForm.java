package dev.sharpend.alert.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import dev.sharpend.alert.GenericMapping;
import dev.sharpend.alert.IntegrationType;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

/**
 * The new-integration form. Label lists are comma-separated; the mapping pointers apply
 * to generic integrations only.
 */
record IntegrationForm(String name, String type, String ruleLabels, String groupBy, String groupWindowMinutes,
		String alerts, String title, String status, String resolvedValues, String fingerprint, String severity,
		String labels, String startsAt, String ratePerMinute) {

	static IntegrationForm empty() {
		return new IntegrationForm(null, "alertmanager", "alertname, job", "alertname", "60", null, null, null, null,
				null, null, null, null, null);
	}

	/** The rate given, or null for the default. */
	Integer rate() {
		return rate(this.ratePerMinute);
	}

	static Integer rate(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw RequestRejected.invalid("ratePerMinute", "Give the rate as a whole number of deliveries a minute.");
		}
	}

	IntegrationType integrationType() {
		return WireCode.find(IntegrationType.class, (this.type != null) ? this.type : "")
			.orElseThrow(() -> RequestRejected.invalid("type", "Choose Alertmanager, Grafana, PagerDuty or generic."));
	}

	static List<String> list(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	Duration groupWindow() {
		if (this.groupWindowMinutes == null || this.groupWindowMinutes.isBlank()) {
			return null;
		}
		try {
			return Duration.ofMinutes(Long.parseLong(this.groupWindowMinutes.strip()));
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw RequestRejected.invalid("groupWindowSeconds", "Give the grouping window in whole minutes.");
		}
	}

	GenericMapping mapping() {
		if (integrationType() != IntegrationType.GENERIC) {
			return null;
		}
		return new GenericMapping(blankToNull(this.alerts), blankToNull(this.title), blankToNull(this.status),
				list(this.resolvedValues), blankToNull(this.fingerprint), blankToNull(this.severity),
				blankToNull(this.labels), blankToNull(this.startsAt));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
