package dev.sharpend.notify;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import dev.sharpend.provider.UpstreamMaintenanceDue;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails the reminder of an upstream maintenance about to start to each person the
 * provider module named, through the outbox, once the reminder was recorded.
 */
@Component
class MaintenanceReminderMail {

	static final String EVENT = "provider.maintenance_reminder";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final PersonalMail mail;

	private final Links links;

	MaintenanceReminderMail(PersonalMail mail, Links links) {
		this.mail = mail;
		this.links = links;
	}

	@ApplicationModuleListener
	void on(UpstreamMaintenanceDue due) {
		String subject = "Upstream maintenance " + TIME.format(due.startsAt()) + ": " + due.provider() + " — "
				+ due.title();
		String text = text(due);
		due.recipients().forEach((to) -> this.mail.send(to, subject, text, EVENT));
	}

	private String text(UpstreamMaintenanceDue due) {
		StringBuilder text = new StringBuilder().append(due.provider())
			.append(" has scheduled a maintenance that touches our ")
			.append((due.components().size() == 1) ? "component " : "components ")
			.append(String.join(", ", due.components()))
			.append(":\n\n\"")
			.append(due.title())
			.append("\"\nStarts: ")
			.append(TIME.format(due.startsAt()))
			.append("\nEnds: ")
			.append((due.endsAt() != null) ? TIME.format(due.endsAt()) : "not announced")
			.append("\n\n");
		if (due.url() != null) {
			text.append("Their notice: ").append(due.url()).append('\n');
		}
		return text.append("Our maintenance calendar: ")
			.append(this.links.base())
			.append("/providers/maintenances\n\n")
			.append("You receive this because your role may change the register of providers.\n")
			.toString();
	}

}
