package dev.sharpend.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.sharpend.identity.People;
import dev.sharpend.identity.Person;
import dev.sharpend.incident.IncidentHistory;
import dev.sharpend.incident.IncidentResponse;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews: starting one from an incident (or for a near miss), editing its sections,
 * impact times and curated timeline, and moving it from draft to published.
 */
@Service
@Transactional
public class Reviews {

	static final String DEFAULT_TEMPLATE = "sharpend";

	static final int MAX_PROSE = 20_000;

	private final ReviewRepository reviews;

	private final ReviewPartsRepository parts;

	private final IncidentResponse incidents;

	private final ReviewEvents events;

	private final Clock clock;

	private final WordingCheck wording;

	private final People people;

	Reviews(ReviewRepository reviews, ReviewPartsRepository parts, IncidentResponse incidents, ReviewEvents events,
			Clock clock, WordingCheck wording, People people) {
		this.reviews = reviews;
		this.parts = parts;
		this.incidents = incidents;
		this.events = events;
		this.clock = clock;
		this.wording = wording;
		this.people = people;
	}

	/** The review of an incident, if one was started. */
	@Transactional(readOnly = true)
	public java.util.Optional<Review> ofIncident(long incident) {
		return this.incidents.review(incident).map(this::require);
	}

	/**
	 * Starts a draft; an incident has one review, so use {@link #ofIncident} first. From
	 * an incident it takes the title and impact times from the incident, and a
	 * facilitator who was not the commander, if anyone else took part.
	 */
	public Review create(NewReview request, String by) {
		ReviewTemplate template = template(Objects.requireNonNullElse(request.template(), ""));
		Instant now = this.clock.instant();
		IncidentHistory history = (request.incident() != null) ? this.incidents.history(request.incident()) : null;
		String title = (request.title() != null && !request.title().isBlank()) ? request.title()
				: (history != null) ? history.incident().title() : null;
		ImpactTimes impact = (history != null) ? new ImpactTimes(history.startedAt(), history.detectedAt(),
				history.incident().mitigatedAt(), history.incident().resolvedAt()) : ImpactTimes.NONE;
		Review review = new Review(0, request.incident(), title(title), ReviewStatus.DRAFT, template.id(),
				(history != null) ? Facilitators.suggest(history, by) : null, null, impact, by, now, now, null);
		long id = this.reviews.insert(review);
		if (request.incident() != null) {
			// Refuses (and so undoes this insert) when the incident has a review already.
			this.incidents.linkReview(request.incident(), id);
		}
		identifyFacilitator(id, review.facilitator());
		this.reviews.keepSections(id, template.sections());
		this.events.review("review.created", id, "title=" + review.title() + ", template=" + template.id()
				+ ((request.incident() != null) ? ", incident=" + request.incident() : ""));
		return require(id);
	}

	/**
	 * Changes a review as this editor.
	 * @throws RequestRejected (403) when the facilitator changes and the editor may not
	 * appoint one (see {@link #mayAppointFacilitator})
	 */
	public Review change(long id, ReviewChanges changes, Viewer by) {
		Review current = this.reviews.lock(id).orElseThrow(() -> notFound(id));
		List<String> changed = new ArrayList<>();
		Review next = edit(current, changes, changed, by);
		if (changes.sections() != null) {
			saveSections(id, changes.sections(), changed);
		}
		if (changes.status() != null) {
			ReviewStatus status = WireCode.parse(ReviewStatus.class, changes.status(), "status");
			next = move(next, status, changes.keepAsWritten(), changed);
		}
		if (changed.isEmpty()) {
			return current;
		}
		this.reviews.save(next.with(next.status(), this.clock.instant()));
		if (!Objects.equals(next.facilitator(), current.facilitator())) {
			this.reviews.appointed(id, new FacilitatorAppointment(by.name(), this.clock.instant()));
			identifyFacilitator(id, next.facilitator());
		}
		this.events.review("review.changed", id, String.join(", ", changed));
		if (next.published() != current.published()) {
			// Only published reviews are searchable, so their factors and action items
			// appear and disappear with them.
			this.parts.factors(id).forEach((f) -> this.events.indexed(ReviewSearch.FACTOR, id, f.id()));
			this.parts.actions(id).forEach((a) -> this.events.indexed(ReviewSearch.ACTION_ITEM, id, a.id()));
		}
		if (next.status() == ReviewStatus.PUBLISHED && current.status() != ReviewStatus.PUBLISHED) {
			this.events.publish(new ReviewPublished(id, current.incident()));
		}
		return require(id);
	}

	private Review edit(Review r, ReviewChanges c, List<String> changed, Viewer by) {
		String title = (c.title() != null) ? title(c.title()) : r.title();
		String facilitator = facilitator(r, c.facilitator(), by);
		Instant meetingAt = (c.meetingAt() != null) ? c.meetingAt() : r.meetingAt();
		ImpactTimes impact = (c.impact() != null) ? r.impact().overriddenBy(c.impact()) : r.impact();
		note(changed, "title=" + title, !title.equals(r.title()));
		note(changed, "facilitator=" + facilitator, !Objects.equals(facilitator, r.facilitator()));
		note(changed, "meeting_at=" + meetingAt, !Objects.equals(meetingAt, r.meetingAt()));
		note(changed, "impact", !impact.equals(r.impact()));
		return new Review(r.id(), r.incident(), title, r.status(), r.template(), facilitator, meetingAt, impact,
				r.createdBy(), r.createdAt(), r.updatedAt(), r.publishedAt());
	}

	// The facilitator reads every unshared personal account, so appointing one is kept to
	// those already trusted with the review's outcome, and only a real user can be one.
	private String facilitator(Review r, String given, Viewer by) {
		if (given == null || (r.facilitator() != null && r.facilitator().equalsIgnoreCase(given.strip()))
				|| (r.facilitator() == null && given.isBlank())) {
			return r.facilitator();
		}
		if (!mayAppointFacilitator(r, by)) {
			throw RequestRejected.forbidden("Only the incident commander, the current facilitator or an administrator "
					+ "may change the facilitator of review " + r.id() + ".");
		}
		if (given.isBlank()) {
			return null;
		}
		return this.people.require(given, "facilitator").reference();
	}

	private void identifyFacilitator(long id, String facilitator) {
		Person person = (facilitator != null) ? this.people.named(facilitator) : null;
		this.reviews.facilitatorIs(id, (person != null && person.id() != null) ? person.id().value() : null);
	}

	/** Who facilitates the review, for pages and the API; null when nobody does. */
	@Transactional(readOnly = true)
	public Person facilitator(Review r) {
		return (r.facilitator() != null)
				? this.people.shown(this.reviews.facilitatorId(r.id()).orElse(null), r.facilitator()) : null;
	}

	/**
	 * Whether this editor may appoint the review's facilitator: an administrator, the
	 * current facilitator, or the incident's commander (for a near miss, whoever started
	 * the review).
	 */
	@Transactional(readOnly = true)
	public boolean mayAppointFacilitator(Review r, Viewer by) {
		if (by.administrator() || by.name().equalsIgnoreCase(Objects.requireNonNullElse(r.facilitator(), ""))) {
			return true;
		}
		String commander = (r.incident() != null) ? this.incidents.history(r.incident()).commander() : r.createdBy();
		return by.mayWrite() && by.name().equalsIgnoreCase(Objects.requireNonNullElse(commander, ""));
	}

	private Review move(Review r, ReviewStatus status, List<String> keepAsWritten, List<String> changed) {
		if (status == r.status()) {
			return r;
		}
		if (!r.status().mayMoveTo(status)) {
			// Say the way forward too: reviews go draft → in_review → published, one step
			// at a time.
			throw RequestRejected.conflict("status",
					"The review is " + r.status().code() + "; it cannot move to " + status.code() + ". From "
							+ r.status().code() + " it can move to "
							+ String.join(" or ", r.status().next().stream().map(ReviewStatus::code).toList())
							+ " (reviews go draft → in_review → published).");
		}
		if (status == ReviewStatus.PUBLISHED) {
			keptAsWritten(r, keepAsWritten, changed);
		}
		changed.add("status=" + status.code());
		return r.with(status, this.clock.instant());
	}

	/**
	 * The wording findings still open on a review, each with the key that "keep as
	 * written" names.
	 */
	@Transactional(readOnly = true)
	public List<WordingFinding> wording(long id) {
		return this.wording.findings(require(id));
	}

	/** The names the language review watches for in this review's text. */
	@Transactional(readOnly = true)
	public List<String> people(long id) {
		return List.copyOf(this.wording.people(require(id)));
	}

	// Publishing with blameful wording left in needs a decision per finding, so that what
	// is kept is kept on purpose (and the audit log says so).
	private void keptAsWritten(Review r, List<String> keepAsWritten, List<String> changed) {
		Set<String> kept = (keepAsWritten != null) ? Set.copyOf(keepAsWritten) : Set.of();
		List<WordingFinding> found = this.wording.findings(r);
		List<WordingFinding> open = found.stream().filter((f) -> !kept.contains(f.key())).toList();
		if (!open.isEmpty()) {
			throw RequestRejected.conflict("keepAsWritten",
					open.size() + ((open.size() == 1) ? " wording needs" : " wordings need")
							+ " a rewrite or an explicit \"keep as written\" before publishing: "
							+ String.join("; ",
									open.stream()
										.map((f) -> f.label() + ": \"" + f.finding().text() + "\" ("
												+ f.finding().category() + ", key " + f.key() + ")")
										.toList())
							+ ".");
		}
		if (!found.isEmpty()) {
			changed.add("kept as written=" + String.join(" | ", found.stream().map(WordingFinding::key).toList()));
		}
	}

	private void saveSections(long id, Map<String, String> sections, List<String> changed) {
		Map<String, String> current = this.reviews.sections(id);
		sections.forEach((key, body) -> {
			SectionKey section = WireCode.find(SectionKey.class, key)
				.filter(SectionKey::prose)
				.orElseThrow(
						() -> RequestRejected.invalid("sections." + key, "There is no prose section " + key + "."));
			String text = prose(body, "sections." + key);
			if (!text.equals(current.getOrDefault(section.code(), ""))) {
				this.reviews.saveSection(id, section.code(), text);
				changed.add("section=" + section.code());
			}
		});
	}

	/**
	 * Adds a timeline entry of the incident to the curated timeline, or re-annotates it.
	 */
	public void curate(long id, long entry, String annotation) {
		Review review = require(id);
		boolean known = review.incident() != null
				&& this.incidents.history(review.incident()).entries().stream().anyMatch((e) -> e.id() == entry);
		if (!known) {
			throw RequestRejected.invalid("entry", "The incident's timeline has no entry " + entry + ".");
		}
		this.reviews.curate(id, entry, prose(annotation, "annotation"));
		this.events.review("review.timeline_curated", id, "entry=" + entry);
	}

	public void uncurate(long id, long entry) {
		require(id);
		this.reviews.curate(id, entry, null);
		this.events.review("review.timeline_uncurated", id, "entry=" + entry);
	}

	@Transactional(readOnly = true)
	public Review require(long id) {
		return this.reviews.find(id).orElseThrow(() -> notFound(id));
	}

	/** Who last chose the facilitator, if anyone did after the review started. */
	@Transactional(readOnly = true)
	public java.util.Optional<FacilitatorAppointment> appointment(long id) {
		return this.reviews.appointment(id);
	}

	/**
	 * The review as this viewer may read it.
	 * @throws RequestRejected (404) for a draft when the viewer may not write reviews
	 */
	@Transactional(readOnly = true)
	public ReviewDocument read(long id, Viewer viewer) {
		Review review = require(id);
		if (!review.published() && !viewer.mayWrite()) {
			throw notFound(id);
		}
		List<Factor> all = this.parts.factors(id);
		return new ReviewDocument(review, sectionsOf(review), this.reviews.sections(id),
				this.parts.accounts(id).stream().filter((a) -> a.visibleTo(viewer, review)).toList(),
				all.stream().filter((f) -> !f.mitigator()).toList(), all.stream().filter(Factor::mitigator).toList(),
				curated(review), this.parts.actions(id), facilitator(review));
	}

	/** Reviews this viewer may read, newest first. */
	@Transactional(readOnly = true)
	public List<Review> list(Viewer viewer) {
		return this.reviews.list(viewer.mayWrite(), 500);
	}

	/** The incident's whole timeline, to choose from and link as evidence. */
	@Transactional(readOnly = true)
	public List<IncidentHistory.Entry> incidentTimeline(Review review) {
		return (review.incident() != null) ? this.incidents.history(review.incident()).entries() : List.of();
	}

	@Transactional(readOnly = true)
	public List<ReviewTemplate> templates() {
		return this.reviews.templates();
	}

	private List<CuratedEntry> curated(Review review) {
		Map<Long, String> chosen = this.reviews.curated(review.id());
		if (chosen.isEmpty()) {
			return List.of();
		}
		return incidentTimeline(review).stream()
			.filter((e) -> chosen.containsKey(e.id()))
			.map((e) -> new CuratedEntry(e.id(), e.kind(), e.body(), e.author(), e.occurredAt(), chosen.get(e.id())))
			.sorted(Comparator.comparing(CuratedEntry::occurredAt))
			.toList();
	}

	// The sections the review started with; reviews from before they were kept follow
	// their template.
	private ReviewTemplate sectionsOf(Review review) {
		ReviewTemplate template = template(review.template());
		List<SectionKey> kept = this.reviews.keptSections(review.id());
		return kept.isEmpty() ? template : new ReviewTemplate(template.id(), template.name(), kept);
	}

	ReviewTemplate template(String id) {
		String wanted = id.isBlank() ? DEFAULT_TEMPLATE : id;
		return this.reviews.template(wanted)
			.orElseThrow(() -> RequestRejected.invalid("template", "There is no review template " + wanted + "."));
	}

	private static void note(List<String> changed, String what, boolean condition) {
		if (condition) {
			changed.add(what);
		}
	}

	static String title(String title) {
		if (title == null || title.isBlank() || title.strip().length() > 300) {
			throw RequestRejected.invalid("title", "Give the review a title of 1 to 300 characters.");
		}
		return title.strip();
	}

	static String prose(String text, String field) {
		String clean = Objects.requireNonNullElse(text, "").strip();
		if (clean.length() > MAX_PROSE) {
			throw RequestRejected.invalid(field, "Keep it under " + MAX_PROSE + " characters.");
		}
		return clean;
	}

	static RequestRejected notFound(long id) {
		return RequestRejected.notFound("There is no review " + id + ".");
	}

}
