package dev.sharpend.incident.web;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.sharpend.incident.IncidentResponse;
import dev.sharpend.incident.timeline.EntryDraft;
import dev.sharpend.incident.timeline.EntryKind;
import dev.sharpend.incident.timeline.Hypotheses;
import dev.sharpend.incident.timeline.Hypothesis;
import dev.sharpend.incident.timeline.Timeline;
import dev.sharpend.incident.timeline.TimelineEntry;
import dev.sharpend.incident.timeline.TimelineFilter;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.WireCode;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An incident's timeline entries and hypotheses. */
@RestController
@RequestMapping("/api/v1/incidents/{number}")
class TimelineApiController {

	private final IncidentResponse response;

	private final Timeline timeline;

	private final Hypotheses hypotheses;

	TimelineApiController(IncidentResponse response, Timeline timeline, Hypotheses hypotheses) {
		this.response = response;
		this.timeline = timeline;
		this.hypotheses = hypotheses;
	}

	@GetMapping("/timeline")
	@RequiresPermission(Permission.INCIDENT_READ)
	EntryList entries(@PathVariable String number, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String author) {
		long n = this.response.require(IncidentNumbers.parse(number)).number();
		TimelineFilter filter = new TimelineFilter(kinds(kind), (author != null && !author.isBlank()) ? author : null);
		return new EntryList(this.timeline.list(n, filter).stream().map(EntryDocument::of).toList());
	}

	@PostMapping("/timeline")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	ResponseEntity<EntryDocument> write(@PathVariable String number, @RequestBody EntryRequest request,
			Authentication caller) {
		long n = IncidentNumbers.parse(number);
		TimelineEntry entry = this.timeline.write(n, request.draft(), caller.getName());
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + n + "/timeline/" + entry.id()))
			.body(EntryDocument.of(entry));
	}

	@GetMapping("/timeline/{entry}")
	@RequiresPermission(Permission.INCIDENT_READ)
	EntryDocument entry(@PathVariable String number, @PathVariable String entry) {
		return EntryDocument
			.of(this.timeline.require(IncidentNumbers.parse(number), IncidentNumbers.id(entry, "timeline entry")));
	}

	@PatchMapping("/timeline/{entry}")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	EntryDocument edit(@PathVariable String number, @PathVariable String entry, @RequestBody EntryRequest request) {
		return EntryDocument.of(this.timeline.edit(IncidentNumbers.parse(number),
				IncidentNumbers.id(entry, "timeline entry"), request.draft()));
	}

	@DeleteMapping("/timeline/{entry}")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	ResponseEntity<Void> remove(@PathVariable String number, @PathVariable String entry) {
		this.timeline.remove(IncidentNumbers.parse(number), IncidentNumbers.id(entry, "timeline entry"));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/hypotheses")
	@RequiresPermission(Permission.INCIDENT_READ)
	HypothesisList hypotheses(@PathVariable String number) {
		long n = this.response.require(IncidentNumbers.parse(number)).number();
		return new HypothesisList(this.hypotheses.list(n).stream().map(HypothesisDocument::of).toList());
	}

	@PostMapping("/hypotheses")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	ResponseEntity<HypothesisDocument> record(@PathVariable String number, @RequestBody HypothesisRequest request,
			Authentication caller) {
		long n = IncidentNumbers.parse(number);
		Hypothesis h = this.hypotheses.record(n, request.statement(), request.evidence(), caller.getName());
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + n + "/hypotheses/" + h.id()))
			.body(HypothesisDocument.of(h));
	}

	@PatchMapping("/hypotheses/{hypothesis}")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	HypothesisDocument change(@PathVariable String number, @PathVariable String hypothesis,
			@RequestBody HypothesisRequest request, Authentication caller) {
		return HypothesisDocument.of(this.hypotheses.change(IncidentNumbers.parse(number),
				IncidentNumbers.id(hypothesis, "hypothesis"), request.status(), request.evidence(), caller.getName()));
	}

	static Set<EntryKind> kinds(String codes) {
		Set<EntryKind> kinds = new LinkedHashSet<>();
		if (codes == null || codes.isBlank()) {
			return kinds;
		}
		for (String code : codes.split(",")) {
			kinds.add(WireCode.find(EntryKind.class, code.strip())
				.orElseThrow(() -> RequestRejected.invalid("kind",
						"kind must be one or more (with commas) of " + WireCode.codes(EntryKind.class) + ".")));
		}
		return kinds;
	}

	record EntryRequest(String kind, String body, String occurredAt) {

		EntryDraft draft() {
			return new EntryDraft(this.kind, this.body, IncidentNumbers.instant(this.occurredAt, "occurredAt"));
		}

	}

	record HypothesisRequest(String statement, String status, List<Long> evidence) {
	}

	record EntryDocument(long id, String kind, boolean automatic, String body, String author, Instant occurredAt,
			Instant recordedAt, Instant editedAt) {

		static EntryDocument of(TimelineEntry e) {
			return new EntryDocument(e.id(), e.kind().code(), !e.kind().manual(), e.body(), e.author(), e.occurredAt(),
					e.recordedAt(), e.editedAt());
		}

	}

	record EntryList(List<EntryDocument> items) {
	}

	record HypothesisDocument(long id, String statement, String status, Instant createdAt, String createdBy,
			List<Long> evidence, List<Change> changes) {

		static HypothesisDocument of(Hypothesis h) {
			return new HypothesisDocument(h.id(), h.statement(), h.status().code(), h.createdAt(), h.createdBy(),
					h.evidence(),
					h.changes().stream().map((c) -> new Change(c.status().code(), c.at(), c.by())).toList());
		}

	}

	record Change(String status, Instant at, String by) {
	}

	record HypothesisList(List<HypothesisDocument> items) {
	}

}
