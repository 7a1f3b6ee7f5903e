package dev.sharpend.statuspage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-renders every page now and then although nothing changed on it: uptime bars move to
 * a new day at midnight, and metric values stored on other nodes do not touch the page.
 */
@Component
class SnapshotFreshener {

	private static final Logger log = LoggerFactory.getLogger(SnapshotFreshener.class);

	private final StatusSnapshots snapshots;

	SnapshotFreshener(StatusSnapshots snapshots) {
		this.snapshots = snapshots;
	}

	@Scheduled(fixedDelayString = "${sharpend.statuspage.rerender-interval:PT1M}",
			initialDelayString = "${sharpend.statuspage.rerender-interval:PT1M}")
	void rerender() {
		for (PageSnapshot snapshot : this.snapshots.all()) {
			try {
				this.snapshots.rebuild(snapshot.view().page().id());
			}
			catch (RuntimeException ex) {
				// The last rendering stays; the change poller reports an unreachable
				// database.
				log.debug("Could not re-render page {}: {}", snapshot.view().page().id(), ex.getMessage());
			}
		}
	}

}
