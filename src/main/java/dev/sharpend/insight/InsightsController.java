package dev.sharpend.insight;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.system.Csv;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The insight pages and the track record the alert group page loads. */
@Controller
@RequiresPermission(Permission.INSIGHT_READ)
class InsightsController {

	private final Insights insights;

	private final SignalNotes notes;

	private final Interruptions interruptions;

	private final InsightScopes scopes;

	InsightsController(Insights insights, SignalNotes notes, Interruptions interruptions, InsightScopes scopes) {
		this.insights = insights;
		this.notes = notes;
		this.interruptions = interruptions;
		this.scopes = scopes;
	}

	/** A team says what it does about a signal; the signal leaves the open ones. */
	@PostMapping("/insights/signals/acknowledge")
	@RequiresPermission(Permission.ALERT_WRITE)
	String acknowledge(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String rule,
			@RequestParam(required = false) @Nullable String note, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			this.notes.acknowledge(this.insights.signals(), kind, rule, note, authentication.getName());
			redirect.addFlashAttribute("saved", "Signal acknowledged. It opens again if it gets worse.");
		}
		catch (RequestRejected ex) {
			redirect.addFlashAttribute("signalError", ex.getMessage());
			redirect.addFlashAttribute("signalErrorFor", kind + " " + rule);
		}
		return "redirect:/insights";
	}

	/** Open signals shown before "show all": a page of hundreds would be noise itself. */
	static final int SIGNALS_SHOWN = 10;

	static final int RULES_PER_PAGE = 50;

	@GetMapping("/insights")
	String overview(@RequestParam(defaultValue = "30d") String window, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "false") boolean allSignals,
			@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String integration,
			@RequestParam(required = false) @Nullable String rotation,
			@RequestParam(defaultValue = "fires") String sort, Model model) {
		InsightWindow chosen = InsightWindow.parse(window);
		InsightScope scope = this.scopes.parse(team, integration, rotation);
		RuleOrder order = RuleOrder.parse(sort);
		List<RuleFigures> rules = this.insights.rules(chosen, scope);
		if (order != RuleOrder.FIRES) {
			rules = order.sorted(rules);
		}
		model.addAttribute("sort", order.code());
		model.addAttribute("scope", scope);
		InsightScopes.Choices choices = this.scopes.choices();
		model.addAttribute("teams", choices.teams());
		model.addAttribute("integrations", choices.integrations());
		model.addAttribute("rotations", choices.rotations());
		List<Insights.SignalView> signals = this.insights.signalViews();
		List<Insights.SignalView> open = signals.stream().filter(Insights.SignalView::open).toList();
		model.addAttribute("window", chosen);
		model.addAttribute("windows", InsightWindow.values());
		model.addAttribute("rules", PageOf.slice(rules, PageWindow.of(page, RULES_PER_PAGE, RULES_PER_PAGE)));
		model.addAttribute("openSignals", allSignals ? open : open.subList(0, Math.min(SIGNALS_SHOWN, open.size())));
		model.addAttribute("hiddenSignals", allSignals ? 0 : Math.max(0, open.size() - SIGNALS_SHOWN));
		model.addAttribute("acknowledgedSignals", signals.stream().filter((v) -> !v.open()).toList());
		model.addAttribute("interruptions", this.interruptions.byRotation(chosen));
		model.addAttribute("ttaTrend", TtaTrend.of(this.insights.acknowledgementTrend(scope)));
		model.addAttribute("freshness", InsightText.freshness(this.insights.freshness()));
		definitions(model);
		return "insight/overview";
	}

	/**
	 * The figures of each team's and each integration's groups over the window, each
	 * linking to the rules table narrowed to it.
	 */
	@GetMapping("/insights/scopes")
	String scopes(@RequestParam(defaultValue = "30d") String window, Model model) {
		InsightWindow chosen = InsightWindow.parse(window);
		model.addAttribute("window", chosen);
		model.addAttribute("windows", InsightWindow.values());
		model.addAttribute("tables", List.of(
				new ScopeTable("teams", "Teams", "Team",
						"A team's alert groups are those whose pages reached its people; a group that paged several "
								+ "teams counts for each.",
						this.insights.byTeam(chosen, this.scopes.teams()).entrySet().stream().toList()),
				new ScopeTable("integrations", "Integrations", "Integration",
						"An integration's alert groups are those whose alerts came through it.",
						this.insights.byIntegration(chosen, this.scopes.integrations()).entrySet().stream().toList())));
		model.addAttribute("freshness", InsightText.freshness(this.insights.freshness()));
		definitions(model);
		return "insight/scopes";
	}

	/**
	 * One table of the figures by team or by integration.
	 *
	 * @param id its anchor
	 * @param title its heading
	 * @param column what its rows are
	 * @param hint which groups a row counts
	 * @param rows the figures by id, the most fires first
	 */
	record ScopeTable(String id, String title, String column, String hint, List<Map.Entry<UUID, RuleFigures>> rows) {
	}

	/** The rules table of a window as CSV, every rule (not one page). */
	@GetMapping("/insights/rules.csv")
	ResponseEntity<String> rulesCsv(@RequestParam(defaultValue = "30d") String window,
			@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String integration,
			@RequestParam(required = false) @Nullable String rotation) {
		InsightWindow chosen = InsightWindow.parse(window);
		return csv("sharpend-insight-rules-" + chosen.code() + ".csv",
				InsightCsv.rules(this.insights.rules(chosen, this.scopes.parse(team, integration, rotation)), chosen));
	}

	/** The drift signals as CSV, open and acknowledged. */
	@GetMapping("/insights/signals.csv")
	ResponseEntity<String> signalsCsv() {
		return csv("sharpend-insight-signals.csv", InsightCsv.signals(this.insights.signalViews()));
	}

	private static ResponseEntity<String> csv(String name, String body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, Csv.CONTENT_TYPE)
			.header(HttpHeaders.CONTENT_DISPOSITION, Csv.attachment(name))
			.body(body);
	}

	@GetMapping("/insights/rule")
	String rule(@RequestParam(required = false) @Nullable String rule,
			@RequestParam(defaultValue = "30d") String window, Model model) {
		if (rule == null || rule.isBlank()) {
			// no rule named: the list of rules to choose from
			return overview(window, 0, false, null, null, null, "fires", model);
		}
		InsightWindow chosen = InsightWindow.parse(window);
		Insights.RuleRecord record = this.insights.rule(rule, chosen);
		model.addAttribute("window", chosen);
		model.addAttribute("windows", InsightWindow.values());
		model.addAttribute("record", record);
		model.addAttribute("f", record.figures());
		model.addAttribute("chart", WeekChart.of(record.weeks()));
		model.addAttribute("flap", record.flapping());
		model.addAttribute("flapChart", FlapChart.of(record.flapping(), this.insights.zone()));
		model.addAttribute("freshness", InsightText.freshness(this.insights.freshness()));
		definitions(model);
		return "insight/rule";
	}

	@GetMapping("/insights/alert-groups/{id}/track-record")
	String trackRecord(@PathVariable String id,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		long group = number(id, "alert group");
		this.insights.trackRecord(group).ifPresent((record) -> {
			model.addAttribute("record", record);
			model.addAttribute("sentence", InsightText.trackRecord(record));
		});
		model.addAttribute("group", group);
		// without JavaScript the panel's link opens it as a page of its own
		return (htmx != null) ? "insight/track-record :: panel" : "insight/track-record";
	}

	@GetMapping("/insights/incidents/{number}/track-records")
	String incidentTrackRecords(@PathVariable String number,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		long incident = number(number, "incident");
		model.addAttribute("incident", incident);
		model.addAttribute("sentences",
				this.insights.trackRecordsOfIncident(incident).stream().map(InsightText::trackRecord).toList());
		return (htmx != null) ? "insight/incident-track-records :: panel" : "insight/incident-track-records";
	}

	// what the definitions at the foot of both pages state, from the settings in force
	private void definitions(Model model) {
		Flapping.Settings flapping = this.insights.flapping();
		model.addAttribute("zone", this.insights.zone().getId());
		model.addAttribute("text", new Words());
		model.addAttribute("flapHigh", InsightText.number(flapping.thresholds().high()));
		model.addAttribute("flapLow", InsightText.number(flapping.thresholds().low()));
		model.addAttribute("flapSampling", InsightText.span(flapping.sampling()));
		model.addAttribute("reviewDue", IncidentDrift.days(this.insights.reviewDue()));
	}

	/** A number in an address; anything else names nothing there is (404). */
	private static long number(String text, String what) {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			throw RequestRejected.notFound("There is no " + what + " " + text + ".");
		}
	}

	/** The formatting the templates call. */
	static final class Words {

		public String percent(RuleFigures figures, int count) {
			return InsightText.percent(figures, count);
		}

		public String span(Optional<Duration> duration) {
			return InsightText.span(duration);
		}

		public String span(Duration duration) {
			return InsightText.span(duration);
		}

	}

}
