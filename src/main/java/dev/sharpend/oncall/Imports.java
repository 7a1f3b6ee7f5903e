package dev.sharpend.oncall;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.identity.Accounts;
import dev.sharpend.oncall.api.TeamId;
import dev.sharpend.system.RequestRejected;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves schedules and escalation policies over from iCal feeds, Opsgenie and PagerDuty: a
 * dry run answers the plan, an import writes everything the plan can keep in one
 * transaction, so a refusal leaves nothing behind.
 */
@Service
@Transactional
public class Imports {

	/** The formats an import reads, by their code in {@code /api/v1/imports/{source}}. */
	public static final List<String> SOURCES = List.of(IcalImport.SOURCE, OpsgenieScheduleImport.SOURCE,
			PagerDutyScheduleImport.SOURCE, OpsgenieEscalationImport.SOURCE, PagerDutyEscalationImport.SOURCE);

	static final int MAX_BODY = ImportFetch.MAX_BYTES;

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private final Teams teams;

	private final Schedules schedules;

	private final Rotations rotations;

	private final EscalationPolicyRepository policies;

	private final EscalationPolicies escalation;

	private final Accounts accounts;

	private final ImportFetch fetch;

	private final Clock clock;

	Imports(Teams teams, Schedules schedules, Rotations rotations, EscalationPolicyRepository policies,
			EscalationPolicies escalation, Accounts accounts, ImportFetch fetch, Clock clock) {
		this.teams = teams;
		this.schedules = schedules;
		this.rotations = rotations;
		this.policies = policies;
		this.escalation = escalation;
		this.accounts = accounts;
		this.fetch = fetch;
		this.clock = clock;
	}

	/**
	 * What importing would create, without writing anything.
	 * @param request the source, target team, what was given and an optional name
	 * @throws RequestRejected naming the object and field that cannot be read
	 */
	@Transactional(readOnly = true)
	public ImportPlan plan(ImportRequest request) {
		Team team = this.teams.require(request.team());
		ImportContext context = new ImportContext(team, new ImportPeople(this.accounts.users()),
				this.schedules.of(team.id()), this.teams.list(), this.clock.instant());
		String body = body(request);
		ImportPlan plan = switch (request.source()) {
			case IcalImport.SOURCE -> IcalImport.read(body, request.name(), context);
			case OpsgenieScheduleImport.SOURCE -> OpsgenieScheduleImport.read(body, request.name(), context);
			case PagerDutyScheduleImport.SOURCE -> PagerDutyScheduleImport.read(body, request.name(), context);
			case OpsgenieEscalationImport.SOURCE -> OpsgenieEscalationImport.read(body, context);
			case PagerDutyEscalationImport.SOURCE -> PagerDutyEscalationImport.read(body, context);
			default -> throw RequestRejected.invalid("source",
					"There is no import from " + request.source() + "; use one of " + String.join(", ", SOURCES) + ".");
		};
		checkNames(plan, context);
		checkPolicyNames(plan);
		return plan;
	}

	/**
	 * Creates what the plan keeps, all or nothing.
	 * @return the plan and what was created
	 */
	public ImportResult apply(ImportRequest request) {
		ImportPlan plan = plan(request);
		List<ImportResult.Created> created = new ArrayList<>();
		for (ImportPlan.PlannedSchedule planned : plan.schedules()) {
			Schedule schedule = this.schedules.create(request.team(), planned.name());
			for (Rotation layer : planned.layers()) {
				this.rotations.create(schedule.id(), draft(layer));
			}
			for (Shift shift : planned.shifts()) {
				this.rotations.addOverride(schedule.id(), shift.user(), shift.start(), shift.end());
			}
			created.add(new ImportResult.Created("schedule", schedule.id().value(), schedule.name()));
		}
		for (EscalationPolicy policy : plan.policies()) {
			this.escalation.add(policy);
			created.add(new ImportResult.Created("escalation-policy", policy.id().value(), policy.name()));
		}
		return new ImportResult(plan, created);
	}

	private String body(ImportRequest request) {
		String body = request.body().strip();
		if (body.isEmpty()) {
			throw RequestRejected.invalid("body", "Paste what the other tool's API answered, or give a calendar.");
		}
		if (body.length() > MAX_BODY) {
			throw RequestRejected.invalid("body", "The import is larger than 2 MiB; import a part at a time.");
		}
		if (request.source().equals(IcalImport.SOURCE) && body.startsWith("{")) {
			String url = ImportJson.optionalText(ImportJson.parse(body, "a calendar link as {\"url\": …}"), "url");
			if (url.isEmpty()) {
				throw RequestRejected.invalid("url", "Give the calendar as {\"url\": \"https://…\"} or as .ics text.");
			}
			return this.fetch.calendar(url);
		}
		return body;
	}

	/** New names must not clash, so that steps can find the schedules they name. */
	private static void checkNames(ImportPlan plan, ImportContext context) {
		for (ImportPlan.PlannedSchedule schedule : plan.schedules()) {
			if (context.schedule(schedule.name()).isPresent()) {
				throw RequestRejected.conflict("name", "Team " + context.team().name() + " has a schedule named "
						+ schedule.name() + " already; give the import another name (?name=…).");
			}
		}
		Set<String> seen = new HashSet<>();
		for (EscalationPolicy policy : plan.policies()) {
			if (!seen.add(policy.name().toLowerCase(Locale.ROOT))) {
				throw RequestRejected.conflict("name", "Two imported policies are named " + policy.name() + ".");
			}
		}
	}

	private void checkPolicyNames(ImportPlan plan) {
		for (EscalationPolicy policy : plan.policies()) {
			if (this.policies.nameTaken(policy.team(), policy.name(), policy.id())) {
				throw RequestRejected.conflict("name",
						"The team has an escalation policy named " + policy.name() + " already.");
			}
		}
	}

	private static RotationDraft draft(Rotation r) {
		List<RotationDraft.Window> windows = r.restrictions()
			.stream()
			.map((w) -> new RotationDraft.Window(w.days().stream().sorted().map(Rotations::dayCode).toList(),
					HH_MM.format(w.start()), HH_MM.format(w.end())))
			.toList();
		return new RotationDraft(r.name(), r.layer(), r.participants(), r.length().amount(), r.length().unit().code(),
				r.handoff(), r.zone().getId(), windows);
	}

	/**
	 * An import as asked for.
	 *
	 * @param source the format, one of {@link #SOURCES}
	 * @param team the team that will own what is created
	 * @param body the pasted or uploaded text, or {@code {"url": …}} for a calendar link
	 * @param name a name for the new schedule, blank for the source's own
	 */
	public record ImportRequest(String source, TeamId team, String body, String name) {

		public static ImportRequest of(String source, @Nullable UUID team, @Nullable String body,
				@Nullable String name) {
			if (team == null) {
				throw RequestRejected.invalid("team", "Choose the team to import into.");
			}
			return new ImportRequest(source, new TeamId(team), (body != null) ? body : "", (name != null) ? name : "");
		}

	}

}
