package dev.sharpend.incident.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.sharpend.incident.TimelineEntryEdited;
import dev.sharpend.incident.TimelineEntryRecorded;
import dev.sharpend.incident.TimelineEntryRemoved;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incident timelines: entries people write (observations, actions, decisions, hypotheses,
 * communication), each dated when it happened, and entries Sharpend writes when alerts,
 * statuses, roles and severities change.
 */
@Service
@Transactional
public class Timeline {

	/** The author of automatic entries with no person behind them. */
	public static final String SHARPEND = "sharpend";

	static final int MAX_BODY = 20_000;

	private final TimelineRepository entries;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Timeline(TimelineRepository entries, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.entries = entries;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Adds an entry someone wrote; they become a participant. */
	public TimelineEntry write(long incident, EntryDraft draft, String author) {
		requireIncident(incident);
		EntryKind kind = manualKind(draft.kind());
		Instant now = this.clock.instant();
		Instant occurredAt = occurredAt(draft.occurredAt(), now);
		long id = this.entries.insert(incident, kind, body(draft.body()), author, occurredAt, now);
		this.events.publishEvent(new TimelineEntryRecorded(incident, id, kind.code(), author, false, now));
		return require(incident, id);
	}

	/** Adds an automatic entry, dated now. */
	public TimelineEntry record(long incident, EntryKind kind, String body, String author) {
		return record(incident, kind, body, author, this.clock.instant());
	}

	/**
	 * Adds an automatic entry dated when it happened, which a reaction running later (or
	 * again, after a failure) knows from its event.
	 */
	public TimelineEntry record(long incident, EntryKind kind, String body, String author, Instant occurredAt) {
		Instant now = this.clock.instant();
		long id = this.entries.insert(incident, kind, body, author, occurredAt, now);
		this.events.publishEvent(new TimelineEntryRecorded(incident, id, kind.code(), author, true, now));
		return require(incident, id);
	}

	/** Corrects an entry people wrote: its kind, text or time of occurrence. */
	public TimelineEntry edit(long incident, long id, EntryDraft draft) {
		TimelineEntry entry = require(incident, id);
		if (!entry.kind().manual()) {
			throw RequestRejected.conflict("kind", "Entries Sharpend wrote itself cannot be changed.");
		}
		Instant now = this.clock.instant();
		EntryKind kind = (draft.kind() != null) ? manualKind(draft.kind()) : entry.kind();
		String body = (draft.body() != null) ? body(draft.body()) : entry.body();
		Instant occurredAt = (draft.occurredAt() != null) ? occurredAt(draft.occurredAt(), now) : entry.occurredAt();
		List<String> changes = new ArrayList<>();
		if (kind != entry.kind()) {
			changes.add("kind=" + kind.code());
		}
		if (!body.equals(entry.body())) {
			changes.add("body");
		}
		if (!occurredAt.equals(entry.occurredAt())) {
			changes.add("occurred_at=" + occurredAt);
		}
		if (changes.isEmpty()) {
			return entry;
		}
		this.entries
			.update(new TimelineEntry(id, incident, kind, body, entry.author(), occurredAt, entry.recordedAt(), now));
		this.events.publishEvent(new TimelineEntryEdited(incident, id, String.join(", ", changes)));
		return require(incident, id);
	}

	public void remove(long incident, long id) {
		TimelineEntry entry = require(incident, id);
		if (!entry.kind().manual()) {
			throw RequestRejected.conflict("kind", "Entries Sharpend wrote itself cannot be removed.");
		}
		this.entries.delete(id);
		this.events.publishEvent(new TimelineEntryRemoved(incident, id));
	}

	@Transactional(readOnly = true)
	public TimelineEntry require(long incident, long id) {
		return this.entries.find(incident, id)
			.orElseThrow(() -> RequestRejected.notFound("INC-" + incident + " has no timeline entry " + id + "."));
	}

	@Transactional(readOnly = true)
	public List<TimelineEntry> list(long incident, TimelineFilter filter) {
		return this.entries.find(incident, filter);
	}

	/** Everyone who has entries on the timeline, for filtering. */
	@Transactional(readOnly = true)
	public List<String> authors(long incident) {
		return this.entries.authors(incident);
	}

	private void requireIncident(long incident) {
		if (this.jdbc.sql("select count(*) from incident where id = :id")
			.param("id", incident)
			.query(Long.class)
			.single() == 0) {
			throw RequestRejected.notFound("There is no incident INC-" + incident + ".");
		}
	}

	/**
	 * The kind people asked for.
	 * @throws RequestRejected (400, field {@code kind}) unless it is one people write
	 */
	public static EntryKind manualKind(String code) {
		return WireCode.parse(EntryKind.manualKinds(), code, "kind", "kind");
	}

	private static String body(String body) {
		if (body == null || body.isBlank()) {
			throw RequestRejected.invalid("body", "Write what happened in the entry's body.");
		}
		if (body.length() > MAX_BODY) {
			throw RequestRejected.invalid("body", "Keep an entry under " + MAX_BODY + " characters.");
		}
		return body.strip();
	}

	private static Instant occurredAt(Instant requested, Instant now) {
		if (requested == null) {
			return now;
		}
		if (requested.isAfter(now.plusSeconds(60))) {
			throw RequestRejected.invalid("occurredAt", "An entry cannot have happened in the future.");
		}
		return requested;
	}

}
