package dev.sharpend.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Was action taken?": the one answer a responder may give for a resolved alert group,
 * and the answer Sharpend suggests from what happened.
 */
@Service
@Transactional
public class AlertGroupActions {

	private final AlertGroups groups;

	private final Silences silences;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AlertGroupActions(AlertGroups groups, Silences silences, JdbcClient jdbc, ApplicationEventPublisher events,
			Clock clock) {
		this.groups = groups;
		this.silences = silences;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records the answer for a resolved group, replacing an earlier one.
	 * @throws RequestRejected (404) for an unknown group, (409) while it is not resolved
	 */
	public Answer answer(long group, ActionTaken answer, String by) {
		AlertGroup resolved = this.groups.require(group);
		if (resolved.status() != AlertGroupStatus.RESOLVED) {
			throw RequestRejected.conflict(null,
					"This alert group is not resolved yet; say whether action was taken once it is.");
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from alert_group_action where group_id = :group").param("group", group).update();
		this.jdbc.sql("""
				insert into alert_group_action (group_id, answer, answered_by, answered_at)
				values (:group, :answer, :by, :at)""")
			.param("group", group)
			.param("answer", answer.code())
			.param("by", by)
			.param("at", Timestamps.toColumn(now))
			.update();
		this.events.publishEvent(new AlertGroupActionRecorded(group, answer, by, now));
		return new Answer(group, answer, by, now);
	}

	/** The answer given for the group, if one was. */
	@Transactional(readOnly = true)
	public Optional<Answer> answerOf(long group) {
		return this.jdbc.sql("select * from alert_group_action where group_id = :group")
			.param("group", group)
			.query((rs, n) -> new Answer(group, WireCode.parse(ActionTaken.class, rs.getString("answer"), "answer"),
					rs.getString("answered_by"), Timestamps.fromColumn(rs, "answered_at")))
			.optional();
	}

	/**
	 * The answer what happened suggests, if it suggests one: "action taken" when an
	 * incident took the group on (people declare incidents and attach groups to them);
	 * otherwise "work was ongoing" when a silence matching the group's alerts was in
	 * force at some time while the group was open (someone knew, but too late or too
	 * narrowly).
	 */
	@Transactional(readOnly = true)
	public Optional<Suggestion> suggestion(AlertGroup group) {
		if (group.incident() != null) {
			return Optional
				.of(new Suggestion(ActionTaken.ACTION_TAKEN, "INC-" + group.incident() + " took this group on."));
		}
		Map<String, String> labels = this.groups.labels(group.id());
		Instant to = (group.resolvedAt() != null) ? group.resolvedAt() : this.clock.instant();
		return this.silences.all()
			.stream()
			.filter((s) -> !labels.isEmpty() && s.matches(labels))
			.filter((s) -> s.startsAt().isBefore(to) && s.endsAt().isAfter(group.openedAt()))
			.findFirst()
			.map((s) -> new Suggestion(ActionTaken.WORK_ONGOING,
					"A silence by " + s.createdBy() + " covered its alerts: " + s.comment()));
	}

	/**
	 * The answer given for a group.
	 *
	 * @param group the group
	 * @param answer the answer
	 * @param by who gave it
	 * @param at when
	 */
	public record Answer(long group, ActionTaken answer, String by, Instant at) {
	}

	/**
	 * The answer Sharpend suggests and why.
	 *
	 * @param answer the suggested answer
	 * @param because what happened, in one sentence
	 */
	public record Suggestion(ActionTaken answer, String because) {
	}

}
