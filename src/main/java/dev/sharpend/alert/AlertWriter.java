package dev.sharpend.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Applies deliveries to the stored alerts inside a group-commit transaction: a new alert
 * is stored, a re-sent one that changed is updated (re-fired, resolved), and one that
 * changed nothing is only noted as seen, without writing its row.
 */
@Component
class AlertWriter {

	private final AlertRepository alerts;

	private final AlertGroups groups;

	AlertWriter(AlertRepository alerts, AlertGroups groups) {
		this.alerts = alerts;
		this.groups = groups;
	}

	AlertIntake.Receipt accept(IntakeBatch batch, Integration integration, List<IncomingAlert> delivered) {
		int changed = 0;
		List<AlertReceived> arrived = new ArrayList<>();
		for (IncomingAlert in : delivered) {
			Optional<AlertState> existing = batch.find(integration.id(), in.effectiveFingerprint());
			if (existing.isEmpty()) {
				arrived.add(create(batch, integration, in));
			}
			else if (existing.get().changedBy(in)) {
				change(batch, integration, existing.get(), in);
				changed++;
			}
			else {
				batch.seen(existing.get().id());
			}
		}
		batch.flushInserts();
		arrived.forEach(batch::received);
		return new AlertIntake.Receipt(delivered.size(), arrived.size(), changed);
	}

	private AlertReceived create(IntakeBatch batch, Integration integration, IncomingAlert in) {
		String ruleKey = in.ruleKey(integration.ruleLabels());
		String suppressedBy = null;
		Long group = null;
		if (in.status() == AlertStatus.FIRING) {
			suppressedBy = batch.suppression(in.labels());
			if (suppressedBy == null) {
				group = this.groups.groupFor(integration, in, batch.now(), batch.joinable());
			}
		}
		batch.insertLater(integration.id(), new AlertRepository.NewAlert(in, ruleKey, group, suppressedBy));
		return new AlertReceived(integration.id(), in.effectiveFingerprint(), ruleKey, in.status(), false, group,
				false);
	}

	private void change(IntakeBatch batch, Integration integration, AlertState stored, IncomingAlert in) {
		Instant now = batch.now();
		boolean refired = stored.status() == AlertStatus.RESOLVED && in.status() == AlertStatus.FIRING;
		this.alerts.update(stored.id(), in, now, refired);
		batch.written(integration.id(), stored.fingerprint());
		Long group = stored.groupId();
		boolean groupResolved = false;
		if (in.status() == AlertStatus.FIRING && !suppressed(batch, stored.id(), stored.suppressedBy(), in)) {
			group = this.groups.onFiring(integration, stored.id(), stored.groupId(), in, now, batch.joinable());
		}
		else {
			groupResolved = this.groups.onResolved(stored.groupId(), now);
			batch.groupsChanged();
		}
		if (stored.status() != in.status()) {
			batch.received(new AlertReceived(integration.id(), stored.fingerprint(), stored.ruleKey(), in.status(),
					refired, group, groupResolved));
		}
	}

	/**
	 * Applies a PagerDuty event: a trigger stores or re-fires an alert; acknowledge and
	 * resolve apply to an open alert with the dedup key and are dropped when there is
	 * none, as PagerDuty does.
	 * @return whether the event changed anything
	 */
	boolean apply(IntakeBatch batch, Integration integration, PagerDutyEvent event) {
		if ("trigger".equals(event.action())) {
			accept(batch, integration, List.of(event.alert()));
			return true;
		}
		Optional<AlertState> open = batch.find(integration.id(), event.dedupKey())
			.filter((a) -> a.status() == AlertStatus.FIRING);
		if (open.isEmpty()) {
			return false;
		}
		batch.written(integration.id(), event.dedupKey());
		if ("acknowledge".equals(event.action())) {
			this.alerts.acknowledge(open.get().id(), batch.now());
		}
		else {
			this.alerts.resolve(open.get().id(), batch.now());
			boolean groupResolved = this.groups.onResolved(open.get().groupId(), batch.now());
			batch.groupsChanged();
			batch.received(new AlertReceived(integration.id(), event.dedupKey(), open.get().ruleKey(),
					AlertStatus.RESOLVED, false, open.get().groupId(), groupResolved));
		}
		return true;
	}

	/**
	 * Marks a firing alert suppressed when a silence or a maintenance covers it (or
	 * clears the mark), writing only when the mark changes.
	 */
	private boolean suppressed(IntakeBatch batch, long id, String current, IncomingAlert in) {
		String by = batch.suppression(in.labels());
		if (!Objects.equals(by, current)) {
			this.alerts.suppress(id, by);
		}
		return by != null;
	}

}
