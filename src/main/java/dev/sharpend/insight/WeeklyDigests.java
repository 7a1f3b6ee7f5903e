package dev.sharpend.insight;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sharpend.identity.People;
import dev.sharpend.identity.Person;
import dev.sharpend.identity.UserId;
import dev.sharpend.notify.PersonalMail;
import dev.sharpend.oncall.api.ScheduleOutline;
import dev.sharpend.system.JobRuns;
import dev.sharpend.system.SharpendProperties;

import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails each rotation's weekly review of the week before to its team's members, once,
 * on the rotation's handoff day: from the handoff time (on the wall clock of the
 * schedule's base layer) on, any later run that week sends it if it was not sent yet. The
 * week is recorded as sent in the transaction that queues the mails, and a second record
 * of it is refused, so two nodes never send it twice. Off with
 * {@code sharpend.insight.weekly-digest=false}.
 */
@Component
class WeeklyDigests {

	static final String JOB = "insight-weekly-digests";

	static final String EVENT = "insight.weekly_review";

	private static final Logger log = LoggerFactory.getLogger(WeeklyDigests.class);

	private final WeeklyReviews reviews;

	private final WeeklyReviewRepository repository;

	private final People people;

	private final PersonalMail mail;

	private final InsightProperties properties;

	private final Links links;

	private final TransactionTemplate transactions;

	private final JobRuns runs;

	private final Clock clock;

	WeeklyDigests(WeeklyReviews reviews, WeeklyReviewRepository repository, People people, PersonalMail mail,
			InsightProperties properties, Links links, PlatformTransactionManager transactionManager, JobRuns runs,
			Clock clock) {
		this.reviews = reviews;
		this.repository = repository;
		this.people = people;
		this.mail = mail;
		this.properties = properties;
		this.links = links;
		this.transactions = new TransactionTemplate(transactionManager);
		this.runs = runs;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${sharpend.insight.weekly-digest-interval:PT15M}", initialDelayString = "PT1M")
	@SchedulerLock(name = JOB, lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
	void tick() {
		if (!this.properties.weeklyDigest()) {
			return;
		}
		try {
			sendDue();
			this.runs.succeeded(JOB);
		}
		catch (RuntimeException ex) {
			log.warn("Could not send the weekly on-call reviews: {}", ex.getMessage());
		}
	}

	/** Queues the digests due now; returns how many rotations' weeks were sent. */
	int sendDue() {
		Instant now = this.clock.instant();
		int sent = 0;
		for (ScheduleOutline schedule : this.reviews.schedules()) {
			Optional<InsightWeek> week = dueWeek(schedule, now);
			// the check first spares looking up people all week; the record decides
			if (week.isPresent() && !this.repository.sent(schedule.schedule().value(), week.get())
					&& send(schedule, week.get(), now)) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * The week whose review is due at {@code now}: the one before the current week, once
	 * this week's handoff has come on the schedule's wall clock.
	 */
	static Optional<InsightWeek> dueWeek(ScheduleOutline schedule, Instant now) {
		InsightWeek current = InsightWeek.of(now, schedule.zone());
		ZonedDateTime handoff = current.monday()
			.plusDays(schedule.handoffDay().getValue() - 1)
			.atTime(schedule.handoffTime())
			.atZone(schedule.zone());
		return now.isBefore(handoff.toInstant()) ? Optional.empty() : Optional.of(current.previous());
	}

	private boolean send(ScheduleOutline schedule, InsightWeek week, Instant now) {
		Set<UserId> members = Set.copyOf(schedule.members());
		List<String> to = this.people.pickable()
			.stream()
			.filter((p) -> p.id() != null && members.contains(p.id()) && p.email() != null)
			.map(Person::email)
			.toList();
		if (to.isEmpty()) {
			return false;
		}
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> {
				if (!this.repository.markSent(schedule.schedule().value(), week, now, to.size())) {
					return false;
				}
				WeeklyReview review = this.reviews.review(schedule, week);
				String url = this.links.absolute("/insights/weekly/" + schedule.schedule() + "/" + week);
				String subject = "Weekly on-call review: " + schedule.name() + ", " + week;
				String text = WeeklyReviewText.mail(review, url);
				to.forEach((address) -> this.mail.send(address, subject, text, EVENT));
				return true;
			}));
		}
		catch (DuplicateKeyException ex) {
			// another node recorded the same week a moment earlier and sends it
			return false;
		}
	}

	/** Absolute links for the mails. */
	@Component
	static class Links {

		private final SharpendProperties properties;

		private final Environment environment;

		Links(SharpendProperties properties, Environment environment) {
			this.properties = properties;
			this.environment = environment;
		}

		String absolute(String path) {
			return this.properties.publicUrl(this.environment.getProperty("local.server.port", Integer.class, 8080))
					+ path;
		}

	}

}
