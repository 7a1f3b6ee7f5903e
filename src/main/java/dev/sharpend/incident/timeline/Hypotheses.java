package dev.sharpend.incident.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

import dev.sharpend.incident.HypothesisRecorded;
import dev.sharpend.incident.HypothesisStatusChanged;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hypotheses on an incident. Recording one and changing its status each add a hypothesis
 * entry to the timeline, so the record shows when the team believed what.
 */
@Service
@Transactional
public class Hypotheses {

	private final HypothesisRepository hypotheses;

	private final Timeline timeline;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Hypotheses(HypothesisRepository hypotheses, Timeline timeline, ApplicationEventPublisher events, Clock clock) {
		this.hypotheses = hypotheses;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
	}

	public Hypothesis record(long incident, String statement, List<Long> evidence, String by) {
		String text = statement(statement);
		List<Long> entries = evidence(incident, evidence);
		this.timeline.write(incident, new EntryDraft(EntryKind.HYPOTHESIS.code(), "Hypothesis: " + text, null), by);
		long id = this.hypotheses.insert(incident, text, by, this.clock.instant());
		this.hypotheses.replaceEvidence(id, entries);
		this.events.publishEvent(new HypothesisRecorded(incident, id, text));
		return require(incident, id);
	}

	/**
	 * Marks a hypothesis open, supported or refuted and/or replaces its evidence; null
	 * arguments leave that part as it is.
	 */
	public Hypothesis change(long incident, long id, String status, List<Long> evidence, String by) {
		Hypothesis hypothesis = require(incident, id);
		HypothesisStatus next = (status != null) ? WireCode.parse(HypothesisStatus.class, status, "status")
				: hypothesis.status();
		if (evidence != null) {
			this.hypotheses.replaceEvidence(id, evidence(incident, evidence));
		}
		if (next != hypothesis.status()) {
			Instant now = this.clock.instant();
			this.hypotheses.changeStatus(id, next, by, now);
			this.timeline.write(incident, new EntryDraft(EntryKind.HYPOTHESIS.code(),
					"Hypothesis " + verb(next) + ": " + hypothesis.statement(), null), by);
		}
		if (next != hypothesis.status() || evidence != null) {
			this.events
				.publishEvent(new HypothesisStatusChanged(incident, id, hypothesis.status().code(), next.code(), by));
		}
		return require(incident, id);
	}

	@Transactional(readOnly = true)
	public Hypothesis require(long incident, long id) {
		return this.hypotheses.find(incident, id)
			.orElseThrow(() -> RequestRejected.notFound("INC-" + incident + " has no hypothesis " + id + "."));
	}

	@Transactional(readOnly = true)
	public List<Hypothesis> list(long incident) {
		return this.hypotheses.list(incident);
	}

	private List<Long> evidence(long incident, List<Long> evidence) {
		if (evidence == null) {
			return List.of();
		}
		for (Long entry : evidence) {
			if (entry == null
					|| this.timeline.list(incident, TimelineFilter.ALL).stream().noneMatch((e) -> e.id() == entry)) {
				throw RequestRejected.invalid("evidence",
						"Evidence must be entries on this incident's timeline; " + entry + " is not.");
			}
		}
		return List.copyOf(new LinkedHashSet<>(evidence));
	}

	private static String statement(String statement) {
		if (statement == null || statement.isBlank()) {
			throw RequestRejected.invalid("statement", "Say what might be going on.");
		}
		if (statement.length() > 2000) {
			throw RequestRejected.invalid("statement", "Keep a hypothesis under 2000 characters.");
		}
		return statement.strip();
	}

	private static String verb(HypothesisStatus status) {
		return switch (status) {
			case OPEN -> "reopened";
			case SUPPORTED -> "supported";
			case REFUTED -> "refuted";
		};
	}

}
