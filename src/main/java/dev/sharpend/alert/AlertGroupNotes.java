package dev.sharpend.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.sharpend.system.ControlCharacters;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.Timestamps;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes people write on an alert group, oldest first: what they checked and found, so the
 * next person (and the insight figures) can tell an acknowledged group someone worked on
 * from one that was left to clear.
 */
@Service
@Transactional
public class AlertGroupNotes {

	/** The longest note, in characters. */
	public static final int MAX_LENGTH = 4000;

	private final AlertGroups groups;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AlertGroupNotes(AlertGroups groups, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.groups = groups;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Adds a note to the group, open or resolved.
	 * @throws RequestRejected (400 naming {@code body}) for an empty, too long or
	 * control-character note, (404) for an unknown group
	 */
	public Note add(long group, String body, String by) {
		String text = (body != null) ? body.strip() : "";
		if (text.isEmpty()) {
			throw RequestRejected.invalid("body", "Write what you checked or found; the note is empty.");
		}
		if (text.length() > MAX_LENGTH) {
			throw RequestRejected.invalid("body", "A note holds at most " + MAX_LENGTH + " characters; this one has "
					+ text.length() + ". Shorten it or link to a document.");
		}
		ControlCharacters.check("body", text);
		this.groups.require(group);
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into alert_group_note (group_id, author, body, created_at) values (:group, :by, :body, :at)""")
			.param("group", group)
			.param("by", by)
			.param("body", text)
			.param("at", Timestamps.toColumn(now))
			.update();
		this.events.publishEvent(new AlertGroupNoted(group, by, now));
		return new Note(group, by, text, now);
	}

	/** The group's notes, oldest first. */
	@Transactional(readOnly = true)
	public List<Note> of(long group) {
		return this.jdbc.sql("select * from alert_group_note where group_id = :group order by created_at, id")
			.param("group", group)
			.query((rs, n) -> new Note(group, rs.getString("author"), rs.getString("body"),
					Timestamps.fromColumn(rs, "created_at")))
			.list();
	}

	/**
	 * A note on an alert group.
	 *
	 * @param group the group
	 * @param by who wrote it
	 * @param body what they wrote (plain text)
	 * @param at when
	 */
	public record Note(long group, String by, String body, Instant at) {
	}

}
