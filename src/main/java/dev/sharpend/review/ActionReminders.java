package dev.sharpend.review;

import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sharpend.notify.PersonalMail;
import dev.sharpend.system.JobRuns;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails an action item's owner once when it is due within a day and once when it is
 * overdue. Each reminder is marked on the item in the transaction that queues the mail,
 * and only if nobody marked it first, so two nodes never send the same reminder twice;
 * moving the due date makes the item eligible again.
 */
@Component
class ActionReminders {

	private static final Logger log = LoggerFactory.getLogger(ActionReminders.class);

	static final String DUE_COLUMN = "reminded_due_for";

	static final String OVERDUE_COLUMN = "reminded_overdue_for";

	private final ReviewPartsRepository parts;

	private final ReviewParts reviewParts;

	private final PersonalMail mail;

	private final ReviewLinks links;

	private final TransactionTemplate transactions;

	private final JobRuns runs;

	ActionReminders(ReviewPartsRepository parts, ReviewParts reviewParts, PersonalMail mail, ReviewLinks links,
			PlatformTransactionManager transactionManager, JobRuns runs) {
		this.runs = runs;
		this.parts = parts;
		this.reviewParts = reviewParts;
		this.mail = mail;
		this.links = links;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Scheduled(fixedDelayString = "${sharpend.review.reminder-interval:PT15M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "review-action-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
	void tick() {
		try {
			runDue(this.reviewParts.today());
			this.runs.succeeded("review-action-reminders");
		}
		catch (RuntimeException ex) {
			log.warn("Could not send action item reminders: {}", ex.getMessage());
		}
	}

	/** Queues the reminders due on {@code today}; returns how many. */
	int runDue(LocalDate today) {
		int sent = 0;
		for (ActionItem item : this.parts.dueForReminder(today.minusDays(1), OVERDUE_COLUMN)) {
			sent += remind(item, OVERDUE_COLUMN, "action_item.overdue", "Overdue: " + item.title(),
					"was due on " + item.due() + " and is still " + item.status().label().toLowerCase());
		}
		for (ActionItem item : this.parts.dueForReminder(today.plusDays(1), DUE_COLUMN)) {
			if (!item.due().isBefore(today)) {
				sent += remind(item, DUE_COLUMN, "action_item.due_soon", "Due " + item.due() + ": " + item.title(),
						"is due on " + item.due());
			}
		}
		return sent;
	}

	private int remind(ActionItem item, String column, String event, String subject, String state) {
		Boolean queued = this.transactions.execute((status) -> {
			if (!this.parts.markReminded(item.id(), item.due(), column)) {
				return false;
			}
			String url = this.links.absolute("/reviews/" + item.review() + "#action-" + item.id());
			this.mail.send(item.owner().reference(), subject, "The action item \"" + item.title()
					+ "\", which you own, " + state + ".\n\nSee it in its review: " + url + "\n", event);
			return true;
		});
		return Boolean.TRUE.equals(queued) ? 1 : 0;
	}

}
