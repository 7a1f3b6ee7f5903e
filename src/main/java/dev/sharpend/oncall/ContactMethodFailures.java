package dev.sharpend.oncall;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dev.sharpend.identity.Accounts;
import dev.sharpend.notify.PageDeliveries;
import dev.sharpend.notify.PersonalDeliveryDead;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Marks a contact method failing when a message to it is given up, and tells its owner by
 * their other verified methods and their account e-mail address, so nobody learns of a
 * broken method only by missing a page.
 */
@Component
class ContactMethodFailures {

	private final ContactMethodRepository methods;

	private final PageDeliveries deliveries;

	private final Accounts accounts;

	private final PersonalLinks links;

	private final Clock clock;

	ContactMethodFailures(ContactMethodRepository methods, PageDeliveries deliveries, Accounts accounts,
			PersonalLinks links, Clock clock) {
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
		List<ContactMethod> others = this.methods.of(method.user())
			.stream()
			.filter((m) -> m.verified() && !m.failing() && !m.id().equals(id))
			.toList();
		others.forEach((m) -> this.deliveries.note(m.target(), subject, text, "contact.failing"));
		boolean mailed = others.stream().anyMatch((m) -> m.kind() == ContactKind.EMAIL);
		if (!mailed) {
			this.deliveries.note(ContactMethods.account(this.accounts.require(method.user()).email()), subject, text,
					"contact.failing");
		}
	}

}
