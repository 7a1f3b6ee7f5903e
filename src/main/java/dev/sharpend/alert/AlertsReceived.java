package dev.sharpend.alert;

import java.util.List;

/**
 * Alerts changed state in one intake transaction, in the order they were applied. One
 * event per group commit rather than one per alert: reactions in other modules are kept
 * until they have run, and a flood of alerts then costs one such record, not one each.
 *
 * @param alerts what changed, never empty
 */
public record AlertsReceived(List<AlertReceived> alerts) {

	public AlertsReceived {
		alerts = List.copyOf(alerts);
	}

}
