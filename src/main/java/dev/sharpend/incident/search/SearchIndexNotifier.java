package dev.sharpend.incident.search;

import java.util.List;

import dev.sharpend.incident.IncidentEdited;
import dev.sharpend.incident.IncidentEvent;
import dev.sharpend.incident.IncidentSeverityChanged;
import dev.sharpend.incident.IncidentStatusChanged;
import dev.sharpend.incident.TimelineEntryEdited;
import dev.sharpend.incident.TimelineEntryRecorded;
import dev.sharpend.incident.TimelineEntryRemoved;
import dev.sharpend.search.SearchDocuments;
import dev.sharpend.search.SearchRebuildRequested;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pushes to search, once a change committed, the incident documents it touched: the
 * incident itself, the timeline entry, and on a new title, severity or status every entry
 * (they carry those for filters). Each push reads the incident afresh while holding its
 * row, so pushes for one incident happen one after the other and the last one carries the
 * latest state.
 */
@Component
class SearchIndexNotifier {

	private static final int REBUILD_BATCH = 100;

	private final SearchDocuments documents;

	private final IncidentSearchSource incidents;

	private final TimelineSearchSource entries;

	private final IncidentSearchData data;

	private final TransactionTemplate batch;

	SearchIndexNotifier(SearchDocuments documents, IncidentSearchSource incidents, TimelineSearchSource entries,
			IncidentSearchData data, PlatformTransactionManager transactions) {
		this.documents = documents;
		this.incidents = incidents;
		this.entries = entries;
		this.data = data;
		this.batch = new TransactionTemplate(transactions);
		this.batch.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener
	void on(IncidentEvent event) {
		this.data.lock(List.of(event.incident()));
		long entry = entryOf(event);
		if (entry >= 0) {
			pushEntry(entry);
			// An alert of another rule may have joined an attached group.
			if (event instanceof TimelineEntryRecorded recorded && "alert".equals(recorded.kind())) {
				pushIncident(event.incident());
			}
			return;
		}
		pushIncident(event.incident());
		// Entries carry their incident's severity and status, so the filters find them.
		if (event instanceof IncidentEdited || event instanceof IncidentSeverityChanged
				|| event instanceof IncidentStatusChanged) {
			this.entries.forIncident(event.incident(), this.documents::put);
		}
	}

	/**
	 * Pushes every incident and timeline entry, a batch of incidents per transaction so
	 * that no incident stays locked for long.
	 */
	@ApplicationModuleListener
	void on(SearchRebuildRequested requested) {
		List<Long> numbers = this.data.numbers();
		for (int from = 0; from < numbers.size(); from += REBUILD_BATCH) {
			List<Long> batch = numbers.subList(from, Math.min(numbers.size(), from + REBUILD_BATCH));
			this.batch.executeWithoutResult((status) -> {
				this.data.lock(batch);
				batch.forEach((number) -> {
					pushIncident(number);
					this.entries.forIncident(number, this.documents::put);
				});
			});
		}
	}

	private void pushIncident(long number) {
		this.incidents.find(number)
			.ifPresentOrElse(this.documents::put,
					() -> this.documents.remove(IncidentSearchSource.TYPE, Long.toString(number)));
	}

	private void pushEntry(long entry) {
		this.entries.find(entry)
			.ifPresentOrElse(this.documents::put,
					() -> this.documents.remove(TimelineSearchSource.TYPE, Long.toString(entry)));
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

}
