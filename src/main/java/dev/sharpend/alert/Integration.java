package dev.sharpend.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * A configured alert source. Its key (shown once, stored only as a hash) authenticates
 * the source's deliveries.
 *
 * @param id the integration's id
 * @param name what the team calls it
 * @param type the payload format it accepts
 * @param keyHint the first characters of the key, to recognise it
 * @param ruleLabels the labels whose values identify an alert rule (default alertname and
 * job)
 * @param groupBy labels whose values put alerts in the same group
 * @param groupWindow how long after a group opens alerts still join it
 * @param mapping how a generic integration reads its JSON; null for other types
 * @param createdAt when it was created
 * @param disabledAt when it stopped accepting alerts, or null
 * @param ratePerMinute the deliveries a minute it may send, or null for the default
 * ({@code sharpend.alert.integration-rate})
 */
@NamedInterface("api")
public record Integration(UUID id, String name, IntegrationType type, String keyHint, List<String> ruleLabels,
		List<String> groupBy, java.time.Duration groupWindow, GenericMapping mapping, Instant createdAt,
		Instant disabledAt, Integer ratePerMinute) {

	/** The group an alert falls into: the values of the grouping labels. */
	public String groupKey(java.util.Map<String, String> labels) {
		return String.join(",", this.groupBy.stream().map((l) -> l + "=" + labels.getOrDefault(l, "")).toList());
	}

	public boolean enabled() {
		return this.disabledAt == null;
	}

}
