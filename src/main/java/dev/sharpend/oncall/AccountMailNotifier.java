package dev.sharpend.oncall;

import java.time.Instant;
import java.util.List;

import dev.sharpend.identity.People;
import dev.sharpend.identity.Person;
import dev.sharpend.identity.UserId;
import dev.sharpend.notify.PersonalMail;

import org.springframework.stereotype.Component;

/**
 * Until contact methods and notification rules exist, every page is one e-mail to the
 * person's account address, sent at once.
 */
@Component
class AccountMailNotifier implements PageNotifier {

	private final People people;

	private final PersonalMail mail;

	AccountMailNotifier(People people, PersonalMail mail) {
		this.people = people;
		this.mail = mail;
	}

	@Override
	public List<PlannedContact> plan(UserId person, Urgency urgency, Instant at) {
		return List.of(new PlannedContact(at, null, "e-mail"));
	}

	@Override
	public void send(UserId person, PlannedContact contact, PageMessage message) {
		Person to = this.people.shown(person.value(), person.toString());
		if (to.email() == null) {
			return;
		}
		this.mail.send(to.email(), "[Sharpend] Page: " + message.title(), text(message), "oncall.page");
	}

	private static String text(PageMessage message) {
		StringBuilder text = new StringBuilder();
		text.append("Alert group #").append(message.group()).append(": ").append(message.rule());
		if (message.severity() != null) {
			text.append(" (").append(message.severity()).append(')');
		}
		text.append("\n\nAcknowledge: ").append(message.acknowledgeUrl());
		text.append("\nResolve: ").append(message.resolveUrl());
		text.append("\nOpen in Sharpend: ").append(message.openUrl());
		if (!message.heldBack().isEmpty()) {
			text.append("\n\nHeld back by the per-minute limit, not sent on their own:");
			message.heldBack().forEach((title) -> text.append("\n- ").append(title));
		}
		return text.toString();
	}

}
