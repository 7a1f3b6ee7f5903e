package dev.sharpend.oncall;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.UserId;
import dev.sharpend.notify.PageDeliveries;
import dev.sharpend.notify.PageNotice;
import dev.sharpend.notify.PersonalTarget;

import org.springframework.stereotype.Component;

/**
 * Pages a person by their notification rules and verified contact methods. A person with
 * no verified method, or no rule for the page's urgency, is e-mailed at their account
 * address at once, so nobody is left unpaged by an incomplete setup. Low-urgency contacts
 * wait for business hours (Monday to Friday, 08:00 to 18:00) in the person's time zone:
 * that of their first team by name, UTC for someone in no team.
 */
@Component
class ContactNotifier implements PageNotifier {

	static final LocalTime DAY_STARTS = LocalTime.of(8, 0);

	static final LocalTime DAY_ENDS = LocalTime.of(18, 0);

	private final ContactMethodRepository methods;

	private final NotificationRuleRepository rules;

	private final TeamRepository teams;

	private final Accounts accounts;

	private final PageDeliveries deliveries;

	ContactNotifier(ContactMethodRepository methods, NotificationRuleRepository rules, TeamRepository teams,
			Accounts accounts, PageDeliveries deliveries) {
		this.methods = methods;
		this.rules = rules;
		this.teams = teams;
		this.accounts = accounts;
		this.deliveries = deliveries;
	}

	@Override
	public List<PlannedContact> plan(UserId person, Urgency urgency, Instant at) {
		Map<UUID, ContactMethod> usable = this.methods.of(person)
			.stream()
			.filter(ContactMethod::verified)
			.collect(Collectors.toMap(ContactMethod::id, Function.identity()));
		ZoneId zone = zone(person);
		List<PlannedContact> planned = this.rules.of(person)
			.stream()
			.filter((r) -> r.appliesTo(urgency) && usable.containsKey(r.method()))
			.map((r) -> {
				Instant due = at.plusSeconds(r.delayMinutes() * 60L);
				return new PlannedContact((urgency == Urgency.LOW) ? businessHours(due, zone) : due, r.method(),
						usable.get(r.method()).label());
			})
			.sorted(Comparator.comparing(PlannedContact::due))
			.toList();
		return planned.isEmpty() ? List.of(new PlannedContact(at, null, "e-mail")) : planned;
	}

	@Override
	public void send(UserId person, PlannedContact contact, PageMessage message) {
		PersonalTarget target = (contact.method() != null) ? this.methods.find(contact.method())
			.filter((m) -> m.user().equals(person) && m.verified())
			.map(ContactMethod::target)
			.orElse(null) : null;
		if (target == null) {
			// Also when the method was removed or unverified between planning and
			// sending.
			target = ContactMethods.account(this.accounts.require(person).email());
		}
		this.deliveries.page(target, notice(message));
	}

	static PageNotice notice(PageMessage m) {
		return new PageNotice(m.page(), m.group(), m.title(), m.rule(), m.severity(), m.urgency().code(),
				m.acknowledgeUrl(), m.resolveUrl(), m.openUrl(), m.heldBack(), false);
	}

	/** The person's time zone: their first team's by name, else UTC. */
	ZoneId zone(UserId person) {
		return this.teams.firstZoneOf(person).orElse(ZoneOffset.UTC);
	}

	/** The instant itself when it falls in business hours, else when they next begin. */
	static Instant businessHours(Instant at, ZoneId zone) {
		ZonedDateTime local = at.atZone(zone);
		if (workday(local.getDayOfWeek()) && !local.toLocalTime().isBefore(DAY_STARTS)
				&& local.toLocalTime().isBefore(DAY_ENDS)) {
			return at;
		}
		ZonedDateTime next = local.toLocalTime().isBefore(DAY_STARTS) ? local.with(DAY_STARTS)
				: local.plusDays(1).with(DAY_STARTS);
		while (!workday(next.getDayOfWeek())) {
			next = next.plusDays(1).with(DAY_STARTS);
		}
		return next.toInstant();
	}

	private static boolean workday(DayOfWeek day) {
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

}
