package dev.sharpend.incident.web;

import java.util.List;

import dev.sharpend.incident.IncidentResponse;
import dev.sharpend.incident.search.SimilarIncident;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Up to five past incidents like this one, by shared alert rules, components and text,
 * with the hypotheses ruled out back then and (for callers with {@code review:read}) the
 * contributing factors and open action items of their reviews.
 */
@RestController
@RequestMapping("/api/v1/incidents/{number}/similar")
class SimilarIncidentsApiController {

	private final IncidentResponse response;

	private final SimilarPanel similar;

	SimilarIncidentsApiController(IncidentResponse response, SimilarPanel similar) {
		this.response = response;
		this.similar = similar;
	}

	@GetMapping
	@RequiresPermission(Permission.INCIDENT_READ)
	SimilarResponse similar(@PathVariable String number, Authentication caller) {
		long n = this.response.require(IncidentNumbers.parse(number)).number();
		return new SimilarResponse(this.similar.find(n, caller));
	}

	record SimilarResponse(List<SimilarIncident> items) {
	}

}
