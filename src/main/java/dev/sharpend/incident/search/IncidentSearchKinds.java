package dev.sharpend.incident.search;

import dev.sharpend.search.SearchKind;
import dev.sharpend.system.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Incidents and their timelines are found by whoever may read incidents. */
@Configuration(proxyBeanMethods = false)
class IncidentSearchKinds {

	@Bean
	SearchKind incidentSearchKind() {
		return new SearchKind(IncidentSearchSource.TYPE, Permission.INCIDENT_READ);
	}

	@Bean
	SearchKind timelineSearchKind() {
		return new SearchKind(TimelineSearchSource.TYPE, Permission.INCIDENT_READ);
	}

}
