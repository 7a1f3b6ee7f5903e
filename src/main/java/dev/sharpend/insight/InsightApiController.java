package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The insight figures as JSON. */
@RestController
@RequestMapping("/api/v1/insights")
@RequiresPermission(Permission.INSIGHT_READ)
class InsightApiController {

	private final Insights insights;

	private final InsightRebuilds rebuilds;

	private final SignalNotes notes;

	private final InsightScopes scopes;

	InsightApiController(Insights insights, InsightRebuilds rebuilds, SignalNotes notes, InsightScopes scopes) {
		this.insights = insights;
		this.rebuilds = rebuilds;
		this.notes = notes;
		this.scopes = scopes;
	}

	/**
	 * Acknowledges a drift signal with a note: it leaves the open signals until it gets
	 * worse.
	 */
	@PostMapping("/signals/acknowledgements")
	@RequiresPermission(Permission.ALERT_WRITE)
	ResponseEntity<SignalNotes.Note> acknowledge(@RequestBody(required = false) @Nullable Acknowledgement body,
			Authentication authentication) {
		Acknowledgement given = (body != null) ? body : new Acknowledgement(null, null, null);
		return ResponseEntity.status(201)
			.body(this.notes.acknowledge(this.insights.signals(), given.kind(),
					(given.subject() != null) ? given.subject() : given.rule(), given.note(),
					authentication.getName()));
	}

	/**
	 * Recomputes every figure from the facts on record, in the background on the node
	 * that answers; follow it with {@code GET}.
	 */
	@PostMapping("/rebuild")
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	ResponseEntity<InsightRebuilds.Progress> rebuild(Authentication authentication) {
		return ResponseEntity.accepted().body(this.rebuilds.start(authentication.getName()));
	}

	@GetMapping("/rebuild")
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	InsightRebuilds.Progress rebuildProgress() {
		return this.rebuilds.progress();
	}

	/**
	 * Every rule's figures over the window, narrowed to a team's groups (those that paged
	 * its people) and/or an integration's, each named by id or name.
	 */
	@GetMapping("/rules")
	PageOf<RuleJson> rules(@RequestParam(defaultValue = "30d") String window,
			@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String integration,
			@RequestParam(required = false) @Nullable String rotation, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		InsightWindow chosen = InsightWindow.parse(window);
		InsightScope scope = this.scopes.parse(team, integration, rotation);
		PageWindow pageWindow = PageWindow.of(page, size, 500);
		return PageOf.slice(this.insights.rules(chosen, scope), pageWindow).map((f) -> RuleJson.of(f, chosen));
	}

	/** The figures of each team's groups over the window, the most fires first. */
	@GetMapping("/teams")
	PageOf<ScopedJson> teams(@RequestParam(defaultValue = "30d") String window,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		InsightWindow chosen = InsightWindow.parse(window);
		PageWindow pageWindow = PageWindow.of(page, size, 500);
		return PageOf.slice(ScopedJson.of(this.insights.byTeam(chosen, this.scopes.teams()), chosen), pageWindow);
	}

	/** The figures of each integration's groups over the window, the most fires first. */
	@GetMapping("/integrations")
	PageOf<ScopedJson> integrations(@RequestParam(defaultValue = "30d") String window,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		InsightWindow chosen = InsightWindow.parse(window);
		PageWindow pageWindow = PageWindow.of(page, size, 500);
		return PageOf.slice(ScopedJson.of(this.insights.byIntegration(chosen, this.scopes.integrations()), chosen),
				pageWindow);
	}

	@GetMapping("/rules/{rule}")
	RuleRecordJson rule(@PathVariable String rule, @RequestParam(defaultValue = "30d") String window,
			@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String integration,
			@RequestParam(required = false) @Nullable String rotation) {
		InsightWindow chosen = InsightWindow.parse(window);
		Insights.RuleRecord record = this.insights.rule(rule, chosen, this.scopes.parse(team, integration, rotation));
		return new RuleRecordJson(RuleJson.of(record.figures(), chosen),
				record.weeks()
					.stream()
					.map((w) -> new WeekJson(w.week().toString(), w.figures().fires(),
							w.figures().autoResolvedBeforeAcknowledgement(), w.figures().acknowledgedWithoutAction(),
							w.figures().linkedToIncident()))
					.toList(),
				record.incidents().stream().map((n) -> "INC-" + n).toList(), FlappingJson.of(record.flapping()));
	}

	@GetMapping("/signals")
	List<SignalJson> signals() {
		return this.insights.signalViews().stream().map((view) -> {
			DriftSignal s = view.signal();
			return new SignalJson(s.kind().code(), s.kind().label(), s.kind().aboutRule() ? s.rule() : null, s.rule(),
					s.summary(), s.incidents().stream().map((n) -> "INC-" + n).toList(), s.groups(), s.reviews(),
					s.actions(), view.open(), view.note());
		}).toList();
	}

	/**
	 * One rule's figures over a window.
	 *
	 * @param rule the alert rule
	 * @param window the window's code
	 * @param fires alert groups opened
	 * @param pages pages sent
	 * @param autoResolvedBeforeAcknowledgement groups that cleared by themselves first
	 * @param acknowledgedWithoutAction groups acknowledged and resolved with no action
	 * @param linkedToIncident groups linked to an incident
	 * @param refires groups followed by another within 24 h of resolving
	 * @param timeToAcknowledge first page to first acknowledgement
	 * @param timeToResolve opening to resolution, groups that did not clear by themselves
	 * @param actionTaken the answers to "was action taken?"
	 */
	record RuleJson(String rule, String window, int fires, int pages, Share autoResolvedBeforeAcknowledgement,
			Share acknowledgedWithoutAction, Share linkedToIncident, Share refires, Times timeToAcknowledge,
			Times timeToResolve, AnswersJson actionTaken) {

		static RuleJson of(RuleFigures f, InsightWindow window) {
			ResponseTimes t = f.responseTimes();
			return new RuleJson(f.rule(), window.code(), f.fires(), f.pages(),
					Share.of(f, f.autoResolvedBeforeAcknowledgement()), Share.of(f, f.acknowledgedWithoutAction()),
					Share.of(f, f.linkedToIncident()), Share.of(f, f.refires()),
					new Times(t.toAcknowledge().count(), seconds(t.toAcknowledge().p50()),
							seconds(t.toAcknowledge().p95()), t.neverAcknowledged()),
					new Times(t.toResolve().count(), seconds(t.toResolve().p50()), seconds(t.toResolve().p95()), null),
					AnswersJson.of(f.answers()));
		}

		private static @Nullable Long seconds(Optional<Duration> duration) {
			return duration.map(Duration::toSeconds).orElse(null);
		}

	}

	/**
	 * The figures of one team's or one integration's groups over a window.
	 *
	 * @param id the team's or integration's id
	 * @param name its name
	 * @param figures its groups' figures, {@code rule} being its name; re-fires are found
	 * among all the groups of each rule
	 */
	record ScopedJson(UUID id, String name, RuleJson figures) {

		static List<ScopedJson> of(Map<UUID, RuleFigures> figures, InsightWindow window) {
			return figures.entrySet()
				.stream()
				.map((e) -> new ScopedJson(e.getKey(), e.getValue().rule(), RuleJson.of(e.getValue(), window)))
				.toList();
		}

	}

	/**
	 * The answers to "was action taken?" given for a rule's groups, each group counted
	 * once with its latest answer.
	 *
	 * @param answered groups per answer code ({@code action_taken},
	 * {@code threshold_needs_adjusting}, {@code check_faulty}, {@code work_ongoing},
	 * {@code not_actionable}), every code present
	 * @param unanswered resolved groups nobody answered for
	 */
	record AnswersJson(Map<String, Integer> answered, int unanswered) {

		static AnswersJson of(RuleFigures.Answers answers) {
			Map<String, Integer> byCode = new LinkedHashMap<>();
			answers.counts().forEach((answer, count) -> byCode.put(answer.code(), count));
			return new AnswersJson(byCode, answers.unanswered());
		}

	}

	/**
	 * A count and its share of the fires.
	 *
	 * @param count how many groups
	 * @param share of the fires, 0 to 1
	 */
	record Share(int count, double share) {

		static Share of(RuleFigures f, int count) {
			return new Share(count, Math.round(f.share(count) * 10_000) / 10_000.0);
		}

	}

	/**
	 * Percentiles (nearest rank) in seconds.
	 *
	 * @param count how many durations
	 * @param p50Seconds the median, null without durations
	 * @param p95Seconds the 95th percentile, null without durations
	 * @param neverAcknowledged paged groups nobody acknowledged (for time to acknowledge)
	 */
	record Times(int count, @Nullable Long p50Seconds, @Nullable Long p95Seconds, @Nullable Integer neverAcknowledged) {
	}

	/**
	 * One ISO week of a rule.
	 *
	 * @param week such as {@code 2026-W49}
	 * @param fires groups opened
	 * @param autoResolvedBeforeAcknowledgement cleared by themselves first
	 * @param acknowledgedWithoutAction acknowledged and resolved with no action
	 * @param linkedToIncident linked to an incident
	 */
	record WeekJson(String week, int fires, int autoResolvedBeforeAcknowledgement, int acknowledgedWithoutAction,
			int linkedToIncident) {
	}

	/**
	 * A rule's record.
	 *
	 * @param figures over the window
	 * @param weeks the last 13 ISO weeks, oldest first
	 * @param incidents the incidents its groups in the window preceded
	 * @param flapping whether it flaps now
	 */
	record RuleRecordJson(RuleJson figures, List<WeekJson> weeks, List<String> incidents, FlappingJson flapping) {
	}

	/**
	 * A rule's flapping now (Nagios' percent state change of its last 21 states).
	 *
	 * @param percentStateChange 0 to 100, one decimal
	 * @param flapping whether it flaps, with hysteresis
	 * @param changes changes among its last 21 states
	 * @param high the threshold at or above which it starts flapping
	 * @param low the threshold at or below which it stops
	 * @param states its last 21 states (or fewer), oldest first
	 */
	record FlappingJson(double percentStateChange, boolean flapping, int changes, double high, double low,
			List<StateJson> states) {

		static FlappingJson of(Flapping.Verdict verdict) {
			return new FlappingJson(verdict.rounded(), verdict.flapping(), verdict.changes(),
					verdict.thresholds().high(), verdict.thresholds().low(),
					verdict.states()
						.stream()
						.map((s) -> new StateJson(s.at(), s.state().name().toLowerCase(Locale.ROOT), s.repeated()))
						.toList());
		}

	}

	/**
	 * One state of a rule.
	 *
	 * @param at when it was recorded
	 * @param state {@code firing} or {@code resolved}
	 * @param repeated recorded again because nothing changed for a sampling interval
	 */
	record StateJson(Instant at, String state, boolean repeated) {
	}

	/**
	 * A drift signal and its evidence.
	 *
	 * @param kind what drifted: {@code clears_after_incidents}, {@code unacted_rising},
	 * {@code slower_to_acknowledge}, {@code firing_more}, {@code flapping} (about an
	 * alert rule), {@code recurring_incident}, {@code review_missing} (about an incident)
	 * or {@code actions_overdue} (about a team)
	 * @param title the kind in words
	 * @param rule the alert rule, null for the kinds not about a rule
	 * @param subject what it is about: the alert rule, the incident ({@code INC-12}) or
	 * the team's name; acknowledge it under this
	 * @param summary the evidence in one sentence
	 * @param incidents the incidents the rule's groups preceded in the last 90 days; for
	 * the other kinds the incidents behind it, a recurring incident first
	 * @param alertGroups the groups behind the signal, newest first (at most 20)
	 * @param reviews the ids of the reviews behind it
	 * @param actionItems the action items behind it, soonest due first
	 * @param open not acknowledged, or worse than when it was
	 * @param acknowledgement the note it was acknowledged with, or null
	 */
	record SignalJson(String kind, String title, @Nullable String rule, String subject, String summary,
			List<String> incidents, List<Long> alertGroups, List<Long> reviews, List<DriftSignal.Action> actionItems,
			boolean open, SignalNotes.@Nullable Note acknowledgement) {
	}

	/**
	 * A team's note on a signal.
	 *
	 * @param kind the signal's kind
	 * @param rule its alert rule
	 * @param note what the team does about it
	 * @param subject what it is about (its rule, incident or team), instead of
	 * {@code rule}
	 */
	record Acknowledgement(@Nullable String kind, @Nullable String rule, @Nullable String note,
			@Nullable String subject) {

		Acknowledgement(@Nullable String kind, @Nullable String rule, @Nullable String note) {
			this(kind, rule, note, null);
		}

	}

}
