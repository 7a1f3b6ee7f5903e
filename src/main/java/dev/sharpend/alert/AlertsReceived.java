package dev.sharpend.alert;

import java.time.Instant;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * Alerts changed state in one intake transaction, in the order they were applied. One
 * event per group commit rather than one per alert: reactions in other modules are kept
 * until they have run, and a flood of alerts then costs one such record, not one each.
 *
 * @param at when intake applied them
 * @param alerts what changed, never empty
 */
@NamedInterface("api")
public record AlertsReceived(Instant at, List<AlertReceived> alerts) {

	public AlertsReceived {
		alerts = List.copyOf(alerts);
	}

}
