package dev.sharpend.insight;

import java.time.Instant;
import java.util.UUID;

import dev.sharpend.alert.ActionTaken;
import dev.sharpend.system.WireCode;

import org.jspecify.annotations.Nullable;

/**
 * One thing that happened to an alert group, as another module published it, dated when
 * it happened (never when it reached this module).
 *
 * @param group the alert group
 * @param kind what happened
 * @param at when
 * @param rule the group's alert rule, on its opening
 * @param integration the integration it came through, on its opening
 * @param incident the incident, for incident links and actions; 0 otherwise
 * @param amount how many people one escalation step paged; 1 otherwise
 * @param answer the answer to "was action taken?", for answers; null otherwise
 * @param route the schedule, team and zone pages were reached through, for interruptions;
 * null otherwise
 */
record Fact(long group, Kind kind, Instant at, @Nullable String rule, @Nullable UUID integration, long incident,
		int amount, @Nullable ActionTaken answer, @Nullable Route route) {

	Fact(long group, Kind kind, Instant at, @Nullable String rule, @Nullable UUID integration, long incident,
			int amount, @Nullable ActionTaken answer) {
		this(group, kind, at, rule, integration, incident, amount, answer, null);
	}

	Fact(long group, Kind kind, Instant at, @Nullable String rule, @Nullable UUID integration, long incident,
			int amount) {
		this(group, kind, at, rule, integration, incident, amount, null);
	}

	static Fact of(long group, Kind kind, Instant at) {
		return new Fact(group, kind, at, null, null, 0, 1);
	}

	/** A responder's answer to "was action taken?"; a later one replaces it. */
	static Fact answered(long group, ActionTaken answer, Instant at) {
		return new Fact(group, Kind.ANSWERED, at, null, null, 0, 1, answer);
	}

	/** {@code pages} people of one escalation step were paged through a route. */
	static Fact interrupted(long group, Instant at, Route route, int pages) {
		return new Fact(group, Kind.INTERRUPTED, at, null, null, 0, pages, null, route);
	}

	/** What happened to a group. */
	enum Kind implements WireCode {

		OPENED("opened"), PAGED("paged"), ACKNOWLEDGED("acknowledged"), RESOLVED_BY_SELF("resolved_by_self"),
		RESOLVED_BY_HAND("resolved_by_hand"), INCIDENT("incident"), ACTION("action"), ANSWERED("answered"),
		INTERRUPTED("interrupted"), SILENCED("silenced"), NOTED("noted");

		private final String code;

		Kind(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return this.code;
		}

		static Kind of(String code) {
			return WireCode.find(Kind.class, code).orElseThrow();
		}

	}

}
