package dev.sharpend.incident.search;

import dev.sharpend.incident.IncidentEdited;
import dev.sharpend.incident.IncidentEvent;
import dev.sharpend.incident.IncidentSeverityChanged;
import dev.sharpend.incident.IncidentStatusChanged;
import dev.sharpend.incident.TimelineEntryEdited;
import dev.sharpend.incident.TimelineEntryRecorded;
import dev.sharpend.incident.TimelineEntryRemoved;
import dev.sharpend.search.SearchIndexChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the search index, once a change committed, which incident documents it touched:
 * the incident itself, the timeline entry, and on a new title, severity or component set
 * every entry (they carry those for filters).
 */
@Component
class SearchIndexNotifier {

	private final ApplicationEventPublisher events;

	private final IncidentSearchData data;

	SearchIndexNotifier(ApplicationEventPublisher events, IncidentSearchData data) {
		this.events = events;
		this.data = data;
	}

	@ApplicationModuleListener
	void on(IncidentEvent event) {
		long entry = entryOf(event);
		if (entry >= 0) {
			changed(TimelineSearchSource.TYPE, entry);
			// An alert of another rule may have joined an attached group.
			if (event instanceof TimelineEntryRecorded recorded && "alert".equals(recorded.kind())) {
				changed(IncidentSearchSource.TYPE, event.incident());
			}
			return;
		}
		changed(IncidentSearchSource.TYPE, event.incident());
		// Entries carry their incident's severity and status, so the filters find them.
		if (event instanceof IncidentEdited || event instanceof IncidentSeverityChanged
				|| event instanceof IncidentStatusChanged) {
			this.data.entries(event.incident()).forEach((id) -> changed(TimelineSearchSource.TYPE, id));
		}
	}

	private static long entryOf(IncidentEvent event) {
		if (event instanceof TimelineEntryRecorded recorded) {
			return recorded.entry();
		}
		if (event instanceof TimelineEntryEdited edited) {
			return edited.entry();
		}
		if (event instanceof TimelineEntryRemoved removed) {
			return removed.entry();
		}
		return -1;
	}

	private void changed(String type, long id) {
		this.events.publishEvent(new SearchIndexChanged(type, Long.toString(id)));
	}

}
