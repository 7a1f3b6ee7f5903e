package dev.sharpend.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores delivered alerts. The whole delivery is one transaction, committed before the
 * source gets its 2xx, so an acknowledged alert is never lost. A re-sent alert updates
 * its stored alert (deduplicated by fingerprint); one that changes nothing only has its
 * last-seen time moved.
 */
@Service
public class AlertIntake {

	private final AlertRepository alerts;

	private final AlertGroups groups;

	private final Silences silences;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AlertIntake(AlertRepository alerts, AlertGroups groups, Silences silences, ApplicationEventPublisher events,
			Clock clock) {
		this.alerts = alerts;
		this.groups = groups;
		this.silences = silences;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Receipt accept(Integration integration, List<IncomingAlert> delivered) {
		Instant now = this.clock.instant();
		int created = 0;
		int changed = 0;
		List<Silence> silences = this.silences.activeAt(now);
		for (IncomingAlert in : delivered) {
			String fingerprint = in.effectiveFingerprint();
			String ruleKey = in.ruleKey(integration.ruleLabels());
			Optional<Alert> existing = this.alerts.find(integration.id(), fingerprint);
			if (existing.isEmpty()) {
				long id = this.alerts.insert(integration.id(), in, ruleKey, now);
				if (in.status() == AlertStatus.FIRING && !silenced(id, in, silences)) {
					this.groups.onFiring(integration, id, null, in, now);
				}
				created++;
				this.events.publishEvent(new AlertReceived(integration.id(), fingerprint, ruleKey, in.status(), false));
			}
			else if (changes(existing.get(), in)) {
				boolean refired = existing.get().status() == AlertStatus.RESOLVED && in.status() == AlertStatus.FIRING;
				this.alerts.update(existing.get().id(), in, now, refired);
				if (in.status() == AlertStatus.FIRING && !silenced(existing.get().id(), in, silences)) {
					this.groups.onFiring(integration, existing.get().id(), existing.get().groupId(), in, now);
				}
				else {
					this.groups.onResolved(existing.get().groupId(), now);
				}
				changed++;
				if (existing.get().status() != in.status()) {
					this.events
						.publishEvent(new AlertReceived(integration.id(), fingerprint, ruleKey, in.status(), refired));
				}
			}
			else {
				this.alerts.touch(existing.get().id(), now);
			}
		}
		return new Receipt(delivered.size(), created, changed);
	}

	/**
	 * Applies a PagerDuty event: a trigger stores or re-fires an alert; acknowledge and
	 * resolve apply to an open alert with the dedup key and are dropped when there is
	 * none, as PagerDuty does.
	 * @return whether the event changed anything
	 */
	@Transactional
	public boolean apply(Integration integration, PagerDutyEvent event) {
		if ("trigger".equals(event.action())) {
			accept(integration, List.of(event.alert()));
			return true;
		}
		Optional<Alert> open = this.alerts.find(integration.id(), event.dedupKey())
			.filter((a) -> a.status() == AlertStatus.FIRING);
		if (open.isEmpty()) {
			return false;
		}
		Instant now = this.clock.instant();
		if ("acknowledge".equals(event.action())) {
			this.alerts.acknowledge(open.get().id(), now);
		}
		else {
			this.alerts.resolve(open.get().id(), now);
			this.groups.onResolved(open.get().groupId(), now);
			this.events.publishEvent(new AlertReceived(integration.id(), event.dedupKey(), open.get().ruleKey(),
					AlertStatus.RESOLVED, false));
		}
		return true;
	}

	/** Reads a generic integration's JSON through its mapping and stores the alerts. */
	@Transactional
	public Receipt acceptGeneric(Integration integration, byte[] body) {
		return accept(integration, integration.mapping().read(body, this.clock.instant()));
	}

	/**
	 * Marks the alert suppressed when an active silence matches it (or clears the mark).
	 */
	private boolean silenced(long id, IncomingAlert in, List<Silence> active) {
		Optional<Silence> silence = active.stream().filter((s) -> s.matches(in.labels())).findFirst();
		this.alerts.suppress(id, silence.map((s) -> "silence:" + s.id()).orElse(null));
		return silence.isPresent();
	}

	private static boolean changes(Alert stored, IncomingAlert in) {
		return stored.status() != in.status() || !stored.annotations().equals(in.annotations())
				|| !java.util.Objects.equals(stored.endsAt(), in.endsAt())
				|| !java.util.Objects.equals(stored.startsAt(), in.startsAt());
	}

	/** Paged alerts, most recently seen first. */
	@Transactional(readOnly = true)
	public List<Alert> list(AlertStatus status, int offset, int limit) {
		return this.alerts.find(status, offset, limit);
	}

	@Transactional(readOnly = true)
	public long count(AlertStatus status) {
		return this.alerts.count(status);
	}

	/**
	 * What a delivery did.
	 *
	 * @param received alerts in the delivery
	 * @param created new alerts stored
	 * @param changed stored alerts whose state changed
	 */
	public record Receipt(int received, int created, int changed) {
	}

}
