package dev.sharpend.insight;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drift signals people acknowledged with a note. An acknowledged signal leaves the open
 * ones until it gets worse than it was when acknowledged; then it opens again with the
 * note beside it.
 */
@Component
@Transactional
class SignalNotes {

	static final int MAX_NOTE = 2000;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignalNotes(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Acknowledges the signal as it stands now, replacing an earlier note on it.
	 * @param current the open signals now
	 * @throws RequestRejected naming {@code kind}, {@code rule} or {@code note}
	 */
	Note acknowledge(List<DriftSignal> current, @Nullable String kind, @Nullable String rule, @Nullable String note,
			String by) {
		DriftSignal.Kind chosen = WireCode.parse(DriftSignal.Kind.class, kind, "kind");
		if (rule == null || rule.isBlank()) {
			throw RequestRejected.invalid("rule",
					"Name what the signal is about: its alert rule, incident (INC-12) or team (as subject).");
		}
		String text = (note != null) ? note.strip() : "";
		if (text.isEmpty() || text.length() > MAX_NOTE) {
			throw RequestRejected.invalid("note", "Say in 1 to " + MAX_NOTE
					+ " characters what the team does about it, such as \"threshold change planned, ACT-14\".");
		}
		DriftSignal signal = current.stream()
			.filter((s) -> s.kind() == chosen && s.rule().equals(rule))
			.findFirst()
			.orElseThrow(() -> RequestRejected
				.notFound("There is no " + chosen.code() + " signal on \"" + rule + "\" now; it may have cleared."));
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from insight_signal_note where kind = :kind and rule = :rule")
			.param("kind", chosen.code())
			.param("rule", rule)
			.update();
		this.jdbc.sql("""
				insert into insight_signal_note (kind, rule, note, level, acknowledged_by, acknowledged_at)
				values (:kind, :rule, :note, :level, :by, :at)""")
			.param("kind", chosen.code())
			.param("rule", rule)
			.param("note", text)
			.param("level", signal.level())
			.param("by", by)
			.param("at", Timestamps.toColumn(now))
			.update();
		this.events.publishEvent(new SignalAcknowledged(chosen.code() + " " + rule, text, by));
		return new Note(text, signal.level(), by, now);
	}

	/** The notes by kind and rule. */
	@Transactional(readOnly = true)
	Map<String, Note> all() {
		Map<String, Note> notes = new HashMap<>();
		this.jdbc.sql("select kind, rule, note, level, acknowledged_by, acknowledged_at from insight_signal_note")
			.query((rs, n) -> notes.put(
					key(DriftSignal.Kind.valueOf(rs.getString("kind").toUpperCase()), rs.getString("rule")),
					new Note(rs.getString("note"), rs.getDouble("level"), rs.getString("acknowledged_by"),
							Timestamps.fromColumn(rs, "acknowledged_at"))))
			.list();
		return notes;
	}

	static String key(DriftSignal.Kind kind, String rule) {
		return kind.code() + "\u0000" + rule;
	}

	/**
	 * A note on a signal.
	 *
	 * @param note what the team does about it
	 * @param level the signal's level when acknowledged
	 * @param by who acknowledged it
	 * @param at when
	 */
	record Note(String note, double level, String by, Instant at) {
	}

	/**
	 * Someone acknowledged a drift signal with a note.
	 *
	 * @param signal its kind and rule
	 * @param note the note
	 * @param by who
	 */
	@Audited(action = "insight.signal_acknowledged", target = "insight_signal")
	record SignalAcknowledged(@Audited.Id String signal, String note, String by) implements AuditedChange {
	}

}
