package dev.sharpend.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.Role;
import dev.sharpend.identity.RoleId;
import dev.sharpend.identity.Roles;
import dev.sharpend.identity.User;
import dev.sharpend.provider.ComponentMappings.UpstreamMaintenance;
import dev.sharpend.provider.upstream.EventState;
import dev.sharpend.system.JobRuns;
import dev.sharpend.system.Permission;
import dev.sharpend.system.Timestamps;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the notify module to remind the people who keep the provider register (whose role
 * may change it) once when a scheduled upstream maintenance touching a component of ours
 * is about to start, as long ahead as {@code sharpend.provider.maintenance-reminder}
 * says. The reminder is recorded in the transaction that publishes
 * {@link UpstreamMaintenanceDue} (kept in the event publication registry until the mails
 * are queued), and only if no node recorded it first, so it is never sent twice; a
 * maintenance the provider moves to another start is reminded of again.
 */
@Component
class MaintenanceReminders {

	private static final Logger log = LoggerFactory.getLogger(MaintenanceReminders.class);

	static final String JOB = "provider-maintenance-reminders";

	private final MaintenanceCalendar calendar;

	private final OurComponents ours;

	private final Accounts accounts;

	private final Roles roles;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Duration lead;

	private final Clock clock;

	private final JobRuns runs;

	MaintenanceReminders(MaintenanceCalendar calendar, OurComponents ours, Accounts accounts, Roles roles,
			ApplicationEventPublisher events, JdbcClient jdbc, PlatformTransactionManager transactionManager,
			ProviderProperties properties, Clock clock, JobRuns runs) {
		this.calendar = calendar;
		this.ours = ours;
		this.accounts = accounts;
		this.roles = roles;
		this.events = events;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.lead = properties.maintenanceReminder();
		this.clock = clock;
		this.runs = runs;
	}

	@Scheduled(fixedDelayString = "${sharpend.provider.reminder-tick:PT1M}", initialDelayString = "PT1M")
	@SchedulerLock(name = JOB, lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
	void tick() {
		try {
			runDue();
			this.runs.succeeded(JOB);
		}
		catch (RuntimeException ex) {
			log.warn("Could not send upstream maintenance reminders: {}", ex.getMessage());
		}
	}

	/** Asks for the reminders due now; returns how many maintenances were reminded of. */
	int runDue() {
		if (this.lead.isZero()) {
			return 0;
		}
		Instant now = this.clock.instant();
		Instant horizon = now.plus(this.lead);
		int sent = 0;
		for (UpstreamMaintenance m : this.calendar.upstream(now, horizon)) {
			Instant start = m.event().startedAt();
			if (m.event().state() == EventState.SCHEDULED && start != null && start.isAfter(now)
					&& !start.isAfter(horizon)) {
				sent += remind(m, start, now);
			}
		}
		return sent;
	}

	private int remind(UpstreamMaintenance m, Instant start, Instant now) {
		List<String> to = recipients();
		try {
			Boolean queued = this.transactions.execute((status) -> {
				if (!claim(m, start, now)) {
					return false;
				}
				WatchedEvent e = m.event();
				this.events.publishEvent(new UpstreamMaintenanceDue(m.providerName(), e.title(), start, e.endedAt(),
						names(m), e.url(), to));
				return true;
			});
			return Boolean.TRUE.equals(queued) ? 1 : 0;
		}
		catch (DataIntegrityViolationException ex) {
			// another node recorded it between our check and our insert
			return 0;
		}
	}

	private boolean claim(UpstreamMaintenance m, Instant start, Instant now) {
		return this.jdbc.sql("""
				insert into provider_maintenance_reminder (provider_id, event_id, starts_at, sent_at)
				select :provider, :event, :start, :now where not exists (
				    select 1 from provider_maintenance_reminder
				    where provider_id = :provider and event_id = :event and starts_at = :start)""")
			.param("provider", m.provider().value())
			.param("event", m.event().id())
			.param("start", Timestamps.toColumn(start))
			.param("now", Timestamps.toColumn(now))
			.update() == 1;
	}

	private List<String> names(UpstreamMaintenance m) {
		Map<ComponentId, String> names = this.ours.names();
		return m.components().stream().map((id) -> names.getOrDefault(id, id.toString())).toList();
	}

	/** The active people whose role may change the register of providers. */
	private List<String> recipients() {
		Map<RoleId, Boolean> keeps = new HashMap<>();
		return this.accounts.users()
			.stream()
			.filter(User::active)
			.filter((u) -> keeps.computeIfAbsent(u.roleId(), this::keepsRegister))
			.map(User::email)
			.toList();
	}

	private boolean keepsRegister(RoleId id) {
		Role role = this.roles.require(id);
		return role.grants(Permission.PROVIDER_WRITE);
	}

}
