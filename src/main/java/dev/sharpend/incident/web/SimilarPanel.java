package dev.sharpend.incident.web;

import java.util.List;

import dev.sharpend.incident.Incident;
import dev.sharpend.incident.IncidentStatus;
import dev.sharpend.incident.search.SimilarIncident;
import dev.sharpend.incident.search.SimilarIncidents;
import dev.sharpend.system.Permission;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Similar past incidents for an incident, shown while it is open; what reviews taught is
 * left out for callers who may not read reviews.
 */
@Component
class SimilarPanel {

	static final int LIMIT = 5;

	private final SimilarIncidents similar;

	SimilarPanel(SimilarIncidents similar) {
		this.similar = similar;
	}

	void addTo(Model model, Incident incident, Authentication caller) {
		if (incident.status() == IncidentStatus.INVESTIGATING || incident.status() == IncidentStatus.MITIGATED) {
			model.addAttribute("similar", find(incident.number(), caller));
		}
	}

	List<SimilarIncident> find(long number, Authentication caller) {
		boolean reviews = Permission.REVIEW_READ.isHeldBy(caller);
		return this.similar.similarTo(number, LIMIT).stream().map((s) -> reviews ? s : s.withoutLessons()).toList();
	}

}
