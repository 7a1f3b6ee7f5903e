package dev.sharpend.oncall;

import java.time.Clock;
import java.util.List;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.UserId;
import dev.sharpend.notify.PageDeliveries;
import dev.sharpend.notify.PageNotice;
import dev.sharpend.notify.PersonalTarget;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A test page a person sends themselves, to every verified contact method at once (or
 * their account address when they have none), so they see what a real page looks like on
 * each.
 */
@Service
@Transactional
public class TestPages {

	private final ContactMethodRepository methods;

	private final Accounts accounts;

	private final PageDeliveries deliveries;

	private final PersonalLinks links;

	private final Clock clock;

	TestPages(ContactMethodRepository methods, Accounts accounts, PageDeliveries deliveries, PersonalLinks links,
			Clock clock) {
		this.methods = methods;
		this.accounts = accounts;
		this.deliveries = deliveries;
		this.links = links;
		this.clock = clock;
	}

	/**
	 * Sends the test page; returns how it went out, such as {@code SMS +447700900123}.
	 */
	public List<String> send(UserId person) {
		List<ContactMethod> verified = this.methods.of(person).stream().filter(ContactMethod::verified).toList();
		String me = this.links.me();
		PageNotice notice = new PageNotice("test-" + this.clock.millis(), 0, "This is a test page", "test", null,
				"high", me, me, me, List.of(), true);
		if (verified.isEmpty()) {
			String email = this.accounts.require(person).email();
			this.deliveries.page(PersonalTarget.accountEmail(email), notice);
			return List.of("e-mail " + email);
		}
		verified.forEach((m) -> this.deliveries.page(m.target(), notice));
		return verified.stream().map(ContactMethod::label).toList();
	}

}
