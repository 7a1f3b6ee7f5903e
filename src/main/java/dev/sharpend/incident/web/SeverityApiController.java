package dev.sharpend.incident.web;

import java.util.List;

import dev.sharpend.incident.Severities;
import dev.sharpend.incident.Severity;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The ordered list of incident severities, worst first. */
@RestController
@RequestMapping("/api/v1/incident-severities")
class SeverityApiController {

	private final Severities severities;

	SeverityApiController(Severities severities) {
		this.severities = severities;
	}

	@GetMapping
	@RequiresPermission(Permission.INCIDENT_READ)
	SeverityList list() {
		return new SeverityList(this.severities.all());
	}

	/** Replaces the whole list; the order given is the new order. */
	@PutMapping
	@RequiresPermission(Permission.INCIDENT_WRITE)
	SeverityList replace(@RequestBody SeverityList request) {
		return new SeverityList(this.severities.replace(request.items()));
	}

	record SeverityList(List<Severity> items) {
	}

}
