package dev.sharpend.incident;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.incident.timeline.EntryKind;
import dev.sharpend.incident.timeline.Timeline;
import dev.sharpend.provider.UpstreamReachedComponents;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes a provider's status changes into the timelines of the open incidents that affect
 * our components mapped to it, so the response sees the upstream cause (or its recovery)
 * where it reads what happened.
 */
@Component
class ProviderActivity {

	private final IncidentRepository incidents;

	private final Timeline timeline;

	ProviderActivity(IncidentRepository incidents, Timeline timeline) {
		this.incidents = incidents;
		this.timeline = timeline;
	}

	@ApplicationModuleListener
	void on(UpstreamReachedComponents event) {
		String text = event.describe();
		for (long incident : this.incidents
			.openAffecting(event.components().stream().map(ComponentId::value).toList())) {
			this.timeline.record(incident, EntryKind.UPSTREAM, text, Timeline.SHARPEND, event.at());
		}
	}

}
