package dev.sharpend.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the alert pages show: alert groups with their alerts, alerts by state, filtered
 * and paged. Reads only; changes go through {@link AlertGroups}, {@link Integrations} and
 * {@link Silences}.
 */
@Service
@Transactional(readOnly = true)
public class AlertBoard {

	private final AlertBoardRepository repository;

	AlertBoard(AlertBoardRepository repository) {
		this.repository = repository;
	}

	/**
	 * Open groups first (triggered before acknowledged), the most severe and then the
	 * oldest first within each; then resolved ones, latest resolved first.
	 */
	public List<GroupRow> groups(GroupQuery query, int offset, int limit) {
		return this.repository.groups(query, offset, limit);
	}

	public long countGroups(GroupQuery query) {
		return this.repository.countGroups(query);
	}

	public Optional<GroupRow> group(long id) {
		return this.repository.group(id);
	}

	/** A group's alerts, firing ones first. */
	public List<Alert> alertsOf(long groupId) {
		return this.repository.alertsOf(groupId);
	}

	/** Alerts most recently seen first. */
	public List<Alert> alerts(AlertQuery query, int offset, int limit) {
		return this.repository.alerts(query, offset, limit);
	}

	public long countAlerts(AlertQuery query) {
		return this.repository.countAlerts(query);
	}

	/**
	 * How many firing alerts each suppression holds back now, by its marker (see
	 * {@link Alert#suppressedBy()}).
	 */
	public Map<String, Long> suppressedCounts() {
		return this.repository.suppressedCounts();
	}

	/** How many groups of each integration are not resolved yet. */
	public Map<UUID, Long> openGroupCounts() {
		return this.repository.openGroupCounts();
	}

	/**
	 * Which alert groups to list.
	 *
	 * @param open only groups not resolved yet (then {@code status} is ignored)
	 * @param status only groups in this state, or null for all
	 * @param integration only groups of this integration, or null for all
	 */
	public record GroupQuery(boolean open, AlertGroupStatus status, UUID integration) {
	}

	/**
	 * Which alerts to list.
	 *
	 * @param view only alerts in this state, or null for all
	 * @param integration only alerts of this integration, or null for all
	 */
	public record AlertQuery(AlertView view, UUID integration) {
	}

	/**
	 * An alert group with when one of its alerts was last received.
	 *
	 * @param group the group
	 * @param lastSeen when one of its alerts was last received, or null without alerts
	 */
	public record GroupRow(AlertGroup group, Instant lastSeen) {
	}

	/** The states an alert list shows; they do not overlap. */
	public enum AlertView {

		/** Firing and not held back. */
		FIRING,

		/** Firing, but held back by a silence or maintenance (and in no group). */
		SUPPRESSED,

		/** No longer firing. */
		RESOLVED;

		public String code() {
			return name().toLowerCase();
		}

	}

}
