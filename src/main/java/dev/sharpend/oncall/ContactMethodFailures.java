package dev.sharpend.oncall;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.UserId;
import dev.sharpend.notify.PageDeliveries;
import dev.sharpend.notify.PersonalDeliveryDead;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Marks a contact method failing when a message to it is given up, and tells its owner
 * and the admins of the owner's teams by their own working methods and account e-mail
 * address, so nobody learns of a broken method only by missing a page.
 */
@Component
class ContactMethodFailures {

	private final ContactMethodRepository methods;

	private final PageDeliveries deliveries;

	private final Accounts accounts;

	private final PersonalLinks links;

	private final TeamAdmins admins;

	private final Clock clock;

	ContactMethodFailures(ContactMethodRepository methods, PageDeliveries deliveries, Accounts accounts,
			PersonalLinks links, TeamAdmins admins, Clock clock) {
		this.admins = admins;
		this.methods = methods;
		this.deliveries = deliveries;
		this.accounts = accounts;
		this.links = links;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PersonalDeliveryDead dead) {
		UUID id;
		try {
			id = UUID.fromString(dead.receiver()
				.replaceFirst("(\\p{XDigit}{8})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}+)",
						"$1-$2-$3-$4-$5"));
		}
		catch (IllegalArgumentException ex) {
			return;
		}
		ContactMethod method = this.methods.find(id).orElse(null);
		if (method == null || !this.methods.failing(id, this.clock.instant(), dead.reason())) {
			return;
		}
		String text = "Sharpend could not reach you by " + method.label() + ": " + dead.reason()
				+ "\n\nPages go on by your other methods. Check or remove it on " + this.links.me();
		String subject = "[Sharpend] Your contact method " + method.kind().label() + " is failing";
		tell(method.user(), subject, text);
		String name = this.accounts.require(method.user()).displayName();
		String adminSubject = "[Sharpend] " + name + "'s contact method " + method.kind().label() + " is failing";
		String adminText = "Sharpend could not reach " + name + " by " + method.kind().label() + ": " + dead.reason()
				+ "\n\nYou are told as an admin of their on-call team. Pages go on by their other methods; they can"
				+ " check or remove it on their own paging page.";
		this.admins.ofTeamsOf(method.user()).forEach((admin) -> tell(admin, adminSubject, adminText));
	}

	/**
	 * Tells the person by each of their verified methods that works, and by their account
	 * e-mail address unless one of those is e-mail.
	 */
	private void tell(UserId person, String subject, String text) {
		List<ContactMethod> working = this.methods.of(person)
			.stream()
			.filter((m) -> m.verified() && !m.failing())
			.toList();
		working.forEach((m) -> this.deliveries.note(m.target(), subject, text, "contact.failing"));
		if (working.stream().noneMatch((m) -> m.kind() == ContactKind.EMAIL)) {
			this.deliveries.note(ContactMethods.account(this.accounts.require(person).email()), subject, text,
					"contact.failing");
		}
	}

}
