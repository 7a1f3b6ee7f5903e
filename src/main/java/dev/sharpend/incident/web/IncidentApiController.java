package dev.sharpend.incident.web;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.sharpend.identity.Person;
import dev.sharpend.identity.UserId;
import dev.sharpend.incident.Declaration;
import dev.sharpend.incident.Incident;
import dev.sharpend.incident.IncidentChanges;
import dev.sharpend.incident.IncidentFilter;
import dev.sharpend.incident.IncidentResponse;
import dev.sharpend.incident.IncidentStatus;
import dev.sharpend.incident.IncidentTeam;
import dev.sharpend.incident.LinkedNotice;
import dev.sharpend.incident.Participant;
import dev.sharpend.incident.Publication;
import dev.sharpend.incident.RoleAssignment;
import dev.sharpend.incident.Severities;
import dev.sharpend.incident.StatusPublishing;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Paged;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.WireCode;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Incidents: declare, list, read, change, roles, participants, alert groups, status
 * incidents.
 */
@RestController
@RequestMapping("/api/v1/incidents")
class IncidentApiController {

	private final IncidentResponse response;

	private final IncidentTeam team;

	private final StatusPublishing publishing;

	private final Severities severities;

	IncidentApiController(IncidentResponse response, IncidentTeam team, StatusPublishing publishing,
			Severities severities) {
		this.response = response;
		this.team = team;
		this.publishing = publishing;
		this.severities = severities;
	}

	@PostMapping
	@RequiresPermission(Permission.INCIDENT_WRITE)
	ResponseEntity<IncidentDocument> declare(@RequestBody DeclareIncidentRequest request, Authentication caller) {
		Incident incident = this.response.declare(new Declaration(request.title(), request.summary(),
				request.severity(), request.components(), request.alertGroups()), caller.getName());
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.number())).body(document(incident));
	}

	@GetMapping
	@RequiresPermission(Permission.INCIDENT_READ)
	PageOf<IncidentSummary> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String severity, @Paged PageWindow window) {
		IncidentFilter filter = new IncidentFilter(statuses(status),
				(severity != null && !severity.isBlank()) ? this.severities.require(severity, "severity").code() : null,
				window.offset(), window.size());
		return PageOf.of(this.response.find(filter), window, this.response.count(filter)).map(IncidentSummary::of);
	}

	@GetMapping("/{number}")
	@RequiresPermission(Permission.INCIDENT_READ)
	IncidentDocument get(@PathVariable String number) {
		return document(this.response.require(IncidentNumbers.parse(number)));
	}

	@PatchMapping("/{number}")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	IncidentDocument change(@PathVariable String number, @RequestBody ChangeIncidentRequest request,
			Authentication caller) {
		return document(this.response.change(IncidentNumbers.parse(number), new IncidentChanges(request.title(),
				request.summary(), request.severity(), request.status(), request.components()), caller.getName()));
	}

	@PutMapping("/{number}/roles/{role}")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	List<RoleDocument> assign(@PathVariable String number, @PathVariable String role,
			@RequestBody AssignRoleRequest request, Authentication caller) {
		return RoleDocument
			.of(this.team.assign(IncidentNumbers.parse(number), role, request.holder(), caller.getName()));
	}

	@GetMapping("/{number}/roles")
	@RequiresPermission(Permission.INCIDENT_READ)
	List<RoleDocument> roles(@PathVariable String number) {
		return RoleDocument.of(this.team.history(this.response.require(IncidentNumbers.parse(number)).number()));
	}

	@PostMapping("/{number}/participants")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	List<ParticipantDocument> addParticipant(@PathVariable String number, @RequestBody AddParticipantRequest request) {
		return ParticipantDocument.of(this.team.addParticipant(IncidentNumbers.parse(number), request.person()));
	}

	@PostMapping("/{number}/alert-groups")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	IncidentDocument attach(@PathVariable String number, @RequestBody AttachRequest request, Authentication caller) {
		return document(this.response.attach(IncidentNumbers.parse(number), request.alertGroups(), caller.getName()));
	}

	@PostMapping("/{number}/status-incidents")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	List<LinkedNotice> publish(@PathVariable String number, @RequestBody PublishRequest request,
			Authentication caller) {
		return this.publishing.publish(IncidentNumbers.parse(number), new Publication(request.pages(), request.title(),
				request.status(), request.body(), request.componentStatuses()), caller.getName());
	}

	private IncidentDocument document(Incident incident) {
		long n = incident.number();
		return new IncidentDocument(n, incident.reference(), incident.title(), incident.summary(), incident.severity(),
				incident.status().code(), incident.declaredAt(), incident.declaredBy(), incident.mitigatedAt(),
				incident.resolvedAt(), incident.closedAt(), incident.updatedAt(), incident.version(),
				this.response.components(n).stream().map((c) -> c.component()).toList(),
				RoleDocument.of(this.team.history(n)), ParticipantDocument.of(this.team.participants(n)),
				this.response.alertGroups(n).stream().map((g) -> g.group()).toList(), this.response.statusIncidents(n),
				this.response.review(n).map(ReviewRef::of).orElse(null));
	}

	private static Set<IncidentStatus> statuses(String codes) {
		Set<IncidentStatus> statuses = new LinkedHashSet<>();
		if (codes == null || codes.isBlank()) {
			return statuses;
		}
		for (String code : codes.split(",")) {
			if (code.strip().equals("open")) {
				statuses.addAll(Arrays.stream(IncidentStatus.values()).filter(IncidentStatus::open).toList());
				continue;
			}
			statuses.add(WireCode.find(IncidentStatus.class, code.strip())
				.orElseThrow(() -> RequestRejected.invalid("status",
						"status must be open, investigating, mitigated, resolved or closed (several with commas).")));
		}
		return statuses;
	}

	record DeclareIncidentRequest(String title, String summary, String severity, List<String> components,
			List<Long> alertGroups) {
	}

	record ChangeIncidentRequest(String title, String summary, String severity, String status,
			List<String> components) {
	}

	record AssignRoleRequest(String holder) {
	}

	record AddParticipantRequest(String person) {
	}

	record AttachRequest(List<Long> alertGroups) {
	}

	record PublishRequest(List<String> pages, String title, String status, String body,
			Map<String, String> componentStatuses) {
	}

	record IncidentSummary(long number, String reference, String title, String severity, String status,
			Instant declaredAt, Instant updatedAt) {

		static IncidentSummary of(Incident i) {
			return new IncidentSummary(i.number(), i.reference(), i.title(), i.severity(), i.status().code(),
					i.declaredAt(), i.updatedAt());
		}

	}

	record IncidentDocument(long number, String reference, String title, String summary, String severity, String status,
			Instant declaredAt, String declaredBy, Instant mitigatedAt, Instant resolvedAt, Instant closedAt,
			Instant updatedAt, long version, List<String> components, List<RoleDocument> roles,
			List<ParticipantDocument> participants, List<Long> alertGroups, List<LinkedNotice> statusIncidents,
			ReviewRef review) {
	}

	/**
	 * The review written about an incident.
	 *
	 * @param id the review's id
	 * @param url where to read it over the API
	 */
	record ReviewRef(long id, String url) {

		static ReviewRef of(long id) {
			return new ReviewRef(id, "/api/v1/reviews/" + id);
		}

	}

	/**
	 * One turn in a role.
	 *
	 * @param holder the holder's e-mail address (or, from before people were users, the
	 * text given then), kept for older clients
	 * @param holderPerson the holder: id, name and e-mail; id and e-mail are left out for
	 * old text that matched no user
	 */
	record RoleDocument(String role, String holder, Person holderPerson, Instant assignedAt, String assignedBy,
			Instant endedAt) {

		static List<RoleDocument> of(List<RoleAssignment> history) {
			return history.stream()
				.map((a) -> new RoleDocument(a.role().code(), a.holder(), a.person(), a.assignedAt(), a.assignedBy(),
						a.endedAt()))
				.toList();
		}

	}

	/**
	 * Someone taking part: the person's id, name and e-mail next to the e-mail (or old
	 * text) that older clients read as {@code person}.
	 */
	record ParticipantDocument(String person, UserId id, String name, String email, Instant joinedAt) {

		static List<ParticipantDocument> of(List<Participant> participants) {
			return participants.stream()
				.map((p) -> new ParticipantDocument(p.person(), p.who().id(), p.who().name(), p.who().email(),
						p.joinedAt()))
				.toList();
		}

	}

}
