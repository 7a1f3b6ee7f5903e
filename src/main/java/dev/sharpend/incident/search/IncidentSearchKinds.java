package dev.sharpend.incident.search;

import java.util.ArrayList;
import java.util.List;

import dev.sharpend.incident.IncidentStatus;
import dev.sharpend.incident.Severities;
import dev.sharpend.search.SearchChoice;
import dev.sharpend.search.SearchField;
import dev.sharpend.search.SearchKind;
import dev.sharpend.system.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Incidents and their timelines are found by whoever may read incidents; incidents are
 * filtered by this installation's severities and by status.
 */
@Configuration(proxyBeanMethods = false)
class IncidentSearchKinds {

	@Bean
	SearchKind incidentSearchKind(Severities severities) {
		return new SearchKind(IncidentSearchSource.TYPE, Permission.INCIDENT_READ, () -> {
			List<SearchChoice> choices = new ArrayList<>();
			severities.all().forEach((s) -> choices.add(new SearchChoice(SearchField.SEVERITY, s.code(), s.code())));
			choices.addAll(SearchChoice.each(SearchField.STATUS, IncidentStatus.class, IncidentStatus::label));
			return choices;
		});
	}

	@Bean
	SearchKind timelineSearchKind() {
		return new SearchKind(TimelineSearchSource.TYPE, Permission.INCIDENT_READ);
	}

}
