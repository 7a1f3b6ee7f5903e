package dev.sharpend.alert.web;

import java.time.Instant;

import dev.sharpend.alert.ActionTaken;
import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroupActions;
import dev.sharpend.alert.AlertGroupNotes;
import dev.sharpend.alert.AlertGroupStatus;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Paged;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.WireCode;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alert groups: list, acknowledge, resolve. */
@RestController
@RequestMapping("/api/v1/alert-groups")
class AlertGroupApiController {

	private final AlertGroups groups;

	private final AlertGroupActions actions;

	private final AlertGroupNotes notes;

	AlertGroupApiController(AlertGroups groups, AlertGroupActions actions, AlertGroupNotes notes) {
		this.groups = groups;
		this.actions = actions;
		this.notes = notes;
	}

	/** The notes people wrote on the group, oldest first. */
	@GetMapping("/{id}/notes")
	@RequiresPermission(Permission.ALERT_READ)
	java.util.List<AlertGroupNotes.Note> notes(@PathVariable String id) {
		return this.notes.of(this.groups.require(parse(id)).id());
	}

	/**
	 * Adds a note ({@code {"body": "…"}}, plain text, at most 4000 characters) to an open
	 * or resolved group.
	 */
	@PostMapping("/{id}/notes")
	@RequiresPermission(Permission.ALERT_WRITE)
	org.springframework.http.ResponseEntity<AlertGroupNotes.Note> addNote(@PathVariable String id,
			@RequestBody(required = false) NoteRequest body, Authentication authentication) {
		AlertGroupNotes.Note note = this.notes.add(parse(id), (body != null) ? body.body() : null,
				authentication.getName());
		return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.CREATED).body(note);
	}

	/** A note to add. @param body its text */
	record NoteRequest(String body) {
	}

	/**
	 * The "was action taken?" answer given for the group, if any, and the one suggested.
	 */
	@GetMapping("/{id}/action-taken")
	@RequiresPermission(Permission.ALERT_READ)
	ActionTakenResponse actionTaken(@PathVariable String id) {
		AlertGroup group = this.groups.require(parse(id));
		return ActionTakenResponse.of(group.id(), this.actions.answerOf(group.id()).orElse(null),
				this.actions.suggestion(group).orElse(null));
	}

	/**
	 * Answers "was action taken?" for a resolved group, replacing an earlier answer.
	 * @throws dev.sharpend.system.RequestRejected 400 for an unknown answer, 409 while
	 * the group is open
	 */
	@PutMapping("/{id}/action-taken")
	@RequiresPermission(Permission.ALERT_WRITE)
	ActionTakenResponse answer(@PathVariable String id, @RequestBody(required = false) AnswerRequest body,
			Authentication authentication) {
		long group = parse(id);
		ActionTaken answer = WireCode.parse(ActionTaken.class, (body != null) ? body.answer() : null, "answer");
		AlertGroupActions.Answer given = this.actions.answer(group, answer, authentication.getName());
		return ActionTakenResponse.of(group, given, this.actions.suggestion(this.groups.require(group)).orElse(null));
	}

	@GetMapping
	@RequiresPermission(Permission.ALERT_READ)
	PageOf<GroupResponse> list(@RequestParam(required = false) String status, @Paged PageWindow window) {
		AlertGroupStatus filter = (status != null) ? WireCode.parse(AlertGroupStatus.class, status, "status") : null;
		return PageOf.of(this.groups.list(filter, window.offset(), window.size()), window, this.groups.count(filter))
			.map(GroupResponse::of);
	}

	@GetMapping("/{id}")
	@RequiresPermission(Permission.ALERT_READ)
	GroupResponse get(@PathVariable String id) {
		return GroupResponse.of(this.groups.require(parse(id)));
	}

	@PostMapping("/{id}/acknowledge")
	@RequiresPermission(Permission.ALERT_WRITE)
	GroupResponse acknowledge(@PathVariable String id, Authentication authentication) {
		return GroupResponse.of(this.groups.acknowledge(parse(id), authentication.getName()));
	}

	@PostMapping("/{id}/resolve")
	@RequiresPermission(Permission.ALERT_WRITE)
	GroupResponse resolve(@PathVariable String id, Authentication authentication) {
		return GroupResponse.of(this.groups.resolve(parse(id), authentication.getName()));
	}

	private static long parse(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw RequestRejected.notFound("There is no alert group " + id + ".");
		}
	}

	/**
	 * An alert group over JSON. {@code openedAt} is when Sharpend opened the group;
	 * {@code startedAt} when its earliest alert began at the source.
	 */
	record GroupResponse(long id, String integrationId, String groupKey, String title, String status, Instant openedAt,
			Instant startedAt, Instant updatedAt, Instant acknowledgedAt, String acknowledgedBy, Instant resolvedAt,
			String resolvedBy, int firing, int total, IncidentRef incident) {

		static GroupResponse of(AlertGroup g) {
			return new GroupResponse(g.id(), g.integration().toString(), g.groupKey(), g.title(), g.status().code(),
					g.openedAt(), g.since(), g.updatedAt(), g.acknowledgedAt(), g.acknowledgedBy(), g.resolvedAt(),
					g.resolvedBy(), g.firing(), g.total(), (g.incident() != null)
							? new IncidentRef(g.incident(), "INC-" + g.incident(), g.incidentOpen()) : null);
		}

	}

	/**
	 * The incident that last took the group on.
	 *
	 * @param number its number
	 * @param reference {@code INC-<number>}
	 * @param open whether it is still being responded to
	 */
	record IncidentRef(long number, String reference, boolean open) {
	}

	/**
	 * An answer to "was action taken?".
	 *
	 * @param answer {@code action_taken}, {@code threshold_needs_adjusting},
	 * {@code check_faulty}, {@code work_ongoing} or {@code not_actionable}
	 */
	record AnswerRequest(String answer) {
	}

	/**
	 * The "was action taken?" answer of a group.
	 *
	 * @param alertGroup the group's id
	 * @param answer the answer's code, or null when none was given
	 * @param label the answer in words, or null
	 * @param answeredBy who answered, or null
	 * @param answeredAt when, or null
	 * @param suggested the code of the answer what happened suggests, or null
	 * @param suggestedBecause why it is suggested, or null
	 */
	record ActionTakenResponse(long alertGroup, String answer, String label, String answeredBy, Instant answeredAt,
			String suggested, String suggestedBecause) {

		static ActionTakenResponse of(long group, AlertGroupActions.Answer answer,
				AlertGroupActions.Suggestion suggestion) {
			return new ActionTakenResponse(group, (answer != null) ? answer.answer().code() : null,
					(answer != null) ? answer.answer().label() : null, (answer != null) ? answer.by() : null,
					(answer != null) ? answer.at() : null, (suggestion != null) ? suggestion.answer().code() : null,
					(suggestion != null) ? suggestion.because() : null);
		}

	}

}
