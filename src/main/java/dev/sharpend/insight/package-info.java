/**
 * Practical-drift insights: alert noise per alert rule, how fast pages are answered,
 * interruptions by band per rotation and team (never per person), and the drift signals
 * built on them.
 * <p>
 * The module reads only what other modules publish: their events and their {@code api}
 * types. It never reads their tables.
 * <p>
 * <b>The definitions.</b> Each published figure is a pure function over small immutable
 * inputs, so a rebuild and an incremental update cannot disagree about what a figure
 * means: {@link dev.sharpend.insight.GroupHistory} (one alert group's opening, pages,
 * acknowledgements, resolution, people's actions, incident links and silences),
 * {@link dev.sharpend.insight.GroupOutcome} (how a group ended),
 * {@link dev.sharpend.insight.ResponseTimes} (time to acknowledge and to resolve,
 * nearest-rank percentiles), {@link dev.sharpend.insight.Flapping} (the weighted percent
 * state change of a rule's last 21 states, with hysteresis),
 * {@link dev.sharpend.insight.InterruptionBand} (business, off-hours or sleep in a
 * rotation's time zone), {@link dev.sharpend.insight.InsightWindow} and
 * {@link dev.sharpend.insight.InsightWeek} (7/30/90-day windows and ISO weeks in a team's
 * zone).
 * <p>
 * <b>How the figures will be kept (plan for the rollups).</b>
 * <ol>
 * <li>Feeding: {@code @ApplicationModuleListener}s on the published events (group
 * triggered, paged, acknowledged, unacknowledged, resolved; alerts received; incident
 * declared and alert groups attached; timeline entries; silences) append to the module's
 * own raw history, one row per fact with the instant it happened, and mark the group's
 * rule, day and week dirty. The listeners run after the sender's commit through the event
 * publication registry, so intake is never slowed and a crash only delays them. A fact's
 * instant is when it happened, never when it was handled (a listener can run minutes late
 * after a restart).</li>
 * <li>What the publishers must add first (small, additive changes in their modules): an
 * instant on {@code AlertGroupAcknowledged}, {@code AlertGroupResolved} and
 * {@code AlertGroupTriggered}, with the group's rule on the last; a public event for each
 * page sent (on call's {@code GroupPaged} is internal today), for a timeline entry
 * written and for a silence created (now {@code AlertGroupsSilenced}, naming the open
 * groups a person's new silence matches); notes on an alert group (now
 * {@code AlertGroupNoted}); and the person-or-system origin of each acknowledgement,
 * since only people's acknowledgements count.</li>
 * <li>Rollup: a scheduled job (every 30 seconds, one node at a time under a scheduler
 * lock like the other cluster jobs, reporting to {@code JobRuns}) rebuilds each dirty
 * group's {@code GroupHistory} from the raw history, classifies it and rewrites the rows
 * of its rule for that local day and ISO week. The page states the age of the newest
 * rollup; the target is under a minute.</li>
 * <li>Rebuild: a command empties the rollups and replays the whole raw history through
 * the same functions, rule by rule. A test feeds one constructed history both ways and
 * requires identical figures on H2 and PostgreSQL.</li>
 * <li>Percentiles are not additive, so a window's p50/p95 are computed from the per-group
 * durations kept in the rollup rows of that window, not averaged from weekly
 * percentiles.</li>
 * <li>Flapping states: a state at each fire (the rule's first open group opens) and each
 * resolution (its last open group resolves), and the unchanged state again every
 * {@code sharpend.insight.flap-sampling} (one hour), the analogue of Nagios' repeated
 * check results; computed from the rollup rows when read, so a rebuild cannot change
 * them.</li>
 * <li>Interruptions: on call's {@code GroupPaged} names the routes its pages took
 * (schedule, team, the rotation's zone, how many people); insights keep only those
 * counts, never who was paged. Each route is an {@code interrupted} fact, and the rollup
 * keeps one row per group, step and route with its band and ISO week, so a rebuild gives
 * the same counts. Pages published before routes existed count as pages of their rule but
 * under no rotation's interruptions.</li>
 * <li>"Was action taken?": each answer the alert module publishes is a fact; the group's
 * row keeps the latest, and an answer "action taken" counts as action.</li>
 * <li>The signals about incidents, reviews and action items ({@link IncidentDrift}) are
 * read through the incident, review and on-call APIs when asked for, not kept in the
 * rollup; only the rules of an incident come from the module's own facts.</li>
 * </ol>
 */
@ApplicationModule(allowedDependencies = { "alert :: api", "incident :: api", "oncall :: api", "review :: api",
		"identity :: api", "notify :: api", "system", "system :: web" })
@NullMarked
package dev.sharpend.insight;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
