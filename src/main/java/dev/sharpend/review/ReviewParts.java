package dev.sharpend.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dev.sharpend.identity.People;
import dev.sharpend.identity.Person;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parts many people add to a review: accounts, factors, mitigators and action items.
 */
@Service
@Transactional
public class ReviewParts {

	/** The longest imported action-item owner, as long as an e-mail address may be. */
	static final int MAX_OWNER = 320;

	private final Reviews reviews;

	private final ReviewPartsRepository parts;

	private final ReviewEvents events;

	private final Clock clock;

	private final ReviewProperties properties;

	private final People people;

	private final FactorProviders providers;

	ReviewParts(Reviews reviews, ReviewPartsRepository parts, ReviewEvents events, Clock clock,
			ReviewProperties properties, People people, FactorProviders providers) {
		this.providers = providers;
		this.reviews = reviews;
		this.parts = parts;
		this.events = events;
		this.clock = clock;
		this.properties = properties;
		this.people = people;
	}

	/** Writes the caller's own account; each person has one per review. */
	public Account writeAccount(long review, AccountDraft draft, String author) {
		this.reviews.require(review);
		Account current = this.parts.account(review, author)
			.orElse(new Account(0, review, author, "", "", "", "", "", false, null));
		Account next = new Account(current.id(), review, current.author(), field(draft.saw(), current.saw(), "saw"),
				field(draft.did(), current.did(), "did"), field(draft.expected(), current.expected(), "expected"),
				field(draft.assumed(), current.assumed(), "assumed"),
				field(draft.understood(), current.understood(), "understood"),
				Objects.requireNonNullElse(draft.shared(), current.shared()), this.clock.instant());
		this.parts.saveAccount(next);
		String action = (next.shared() && !current.shared()) ? "review.account_shared" : "review.account_written";
		this.events.review(action, review, "author=" + author + ", shared=" + next.shared());
		return this.parts.account(review, author).orElseThrow();
	}

	private static String field(String given, String current, String name) {
		return (given != null) ? Reviews.prose(given, name) : current;
	}

	/**
	 * Adds a contributing factor or mitigator; {@code provider} names the register's
	 * provider it lay with (blank or null for none).
	 */
	public Factor addFactor(long review, boolean mitigator, String type, String description, List<Long> evidence,
			@Nullable String provider) {
		Factor draft = new Factor(0, review, mitigator, type(type), description(description),
				evidence(review, evidence), this.providers.resolve(provider));
		long id = this.parts.insertFactor(draft, this.clock.instant());
		this.events.factor("review." + draft.kind() + "_added", review, id, "type=" + draft.type().code());
		return this.parts.factor(id).orElseThrow();
	}

	/**
	 * Changes what is given of a factor; a null {@code provider} keeps the one it names,
	 * a blank one clears it.
	 */
	public Factor changeFactor(long review, long id, String type, String description, List<Long> evidence,
			@Nullable String provider) {
		Factor current = requireFactor(review, id);
		Factor next = new Factor(id, review, current.mitigator(), (type != null) ? type(type) : current.type(),
				(description != null) ? description(description) : current.description(),
				(evidence != null) ? evidence(review, evidence) : current.evidence(),
				(provider != null) ? this.providers.resolve(provider) : current.provider());
		this.parts.updateFactor(next);
		this.events.factor("review." + next.kind() + "_changed", review, id, "type=" + next.type().code());
		return this.parts.factor(id).orElseThrow();
	}

	/** Removes a factor or mitigator and answers what it was. */
	public Factor removeFactor(long review, long id) {
		Factor current = requireFactor(review, id);
		this.parts.deleteFactor(id);
		this.events.factor("review." + current.kind() + "_removed", review, id, "type=" + current.type().code());
		return current;
	}

	private Factor requireFactor(long review, long id) {
		return this.parts.factor(id)
			.filter((f) -> f.review() == review)
			.orElseThrow(() -> RequestRejected.notFound("Review " + review + " has no factor " + id + "."));
	}

	/**
	 * Adds an action item; its owner must be a Sharpend user, named by id or e-mail.
	 * @throws RequestRejected (400) naming {@code owner} when no user matches
	 */
	public ActionItem addAction(long review, ActionDraft draft) {
		return add(review, draft, this::owner);
	}

	/**
	 * Adds an action item read from another installation's export, whose owners need not
	 * be users here: they are kept as text, shown "(not a user)".
	 */
	ActionItem importAction(long review, ActionDraft draft) {
		return add(review, draft, (owner) -> {
			if (owner.length() > MAX_OWNER) {
				throw RequestRejected.invalid("owner", "Name the owner in at most " + MAX_OWNER + " characters.");
			}
			return this.people.named(owner);
		});
	}

	private ActionItem add(long review, ActionDraft draft, Function<String, Person> owners) {
		this.reviews.require(review);
		ActionItem empty = ActionItem.openIn(review);
		ActionItem item = merge(empty, draft, owners);
		long id = this.parts.insertAction(item, this.clock.instant());
		this.events.action("review.action_item_added", review, id, "status=" + item.status().code());
		return this.parts.action(id).orElseThrow();
	}

	public ActionItem changeAction(long review, long id, ActionDraft draft) {
		ActionItem current = this.parts.action(id)
			.filter((a) -> a.review() == review)
			.orElseThrow(() -> RequestRejected.notFound("Review " + review + " has no action item " + id + "."));
		ActionItem next = merge(current, draft, this::owner);
		this.parts.updateAction(next, this.clock.instant());
		this.events.action("review.action_item_changed", review, id, "status=" + next.status().code());
		return this.parts.action(id).orElseThrow();
	}

	/**
	 * Action items across the reviews this viewer may read, filtered, soonest due first.
	 */
	@Transactional(readOnly = true)
	public List<ActionItem> actions(ActionFilter filter, Viewer viewer) {
		LocalDate today = today();
		Map<Long, Boolean> readable = new HashMap<>();
		return this.parts.allActions()
			.stream()
			.filter((a) -> viewer.mayWrite()
					|| readable.computeIfAbsent(a.review(), (id) -> this.reviews.require(id).published()))
			.filter((a) -> filter.status() == null || a.status() == filter.status())
			.filter((a) -> filter.owner() == null
					|| (a.owner() != null && filter.owner().equalsIgnoreCase(a.owner().reference())))
			.filter((a) -> !filter.overdue() || a.overdue(today))
			.toList();
	}

	/** Today in UTC, by the injected clock. */
	public LocalDate today() {
		return this.properties.day(this.clock.instant());
	}

	private static ActionItem merge(ActionItem a, ActionDraft d, Function<String, Person> owners) {
		String title = (d.title() != null) ? actionTitle(d.title()) : actionTitle(a.title());
		Person owner = (d.owner() == null) ? a.owner() : d.owner().isBlank() ? null : owners.apply(d.owner().strip());
		LocalDate due = (d.due() != null) ? date(d.due()) : a.due();
		ActionStatus status = (d.status() != null) ? WireCode.parse(ActionStatus.class, d.status(), "status")
				: a.status();
		String reason = (d.reason() != null) ? Reviews.prose(d.reason(), "reason") : a.reason();
		if (status == ActionStatus.WONT_DO && (reason == null || reason.isBlank())) {
			throw RequestRejected.invalid("reason", "Say why it won't be done.");
		}
		String tracker = (d.trackerUrl() != null) ? url(d.trackerUrl()) : a.trackerUrl();
		return new ActionItem(a.id(), a.review(), title, owner, due, status, reason, tracker);
	}

	private static String actionTitle(String title) {
		if (title == null || title.isBlank() || title.strip().length() > 300) {
			throw RequestRejected.invalid("title", "Give the action item a title of 1 to 300 characters.");
		}
		return title.strip();
	}

	private Person owner(String owner) {
		return this.people.require(owner, "owner");
	}

	private static LocalDate date(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw RequestRejected.invalid("due", "Give the due date as yyyy-mm-dd.");
		}
	}

	private static String url(String url) {
		String clean = url.strip();
		if (clean.isEmpty()) {
			return null;
		}
		if (!(clean.startsWith("https://") || clean.startsWith("http://")) || clean.length() > 500
				|| clean.contains(" ")) {
			throw RequestRejected.invalid("trackerUrl", "Give an http:// or https:// URL of at most 500 characters.");
		}
		return clean;
	}

	private static FactorType type(String code) {
		return WireCode.parse(FactorType.class, code, "type");
	}

	private static String description(String text) {
		String clean = Reviews.prose(text, "description");
		if (clean.isEmpty()) {
			throw RequestRejected.invalid("description", "Describe the factor.");
		}
		return clean;
	}

	/** Evidence must be entries of the review's incident timeline. */
	private List<Long> evidence(long review, List<Long> entries) {
		List<Long> chosen = (entries != null) ? entries.stream().filter(Objects::nonNull).distinct().toList()
				: List.of();
		if (chosen.isEmpty()) {
			return chosen;
		}
		List<Long> known = this.reviews.incidentTimeline(this.reviews.require(review))
			.stream()
			.map((e) -> e.id())
			.toList();
		chosen.stream().filter((e) -> !known.contains(e)).findFirst().ifPresent((e) -> {
			throw RequestRejected.invalid("evidence", "The incident's timeline has no entry " + e + ".");
		});
		return chosen;
	}

}
