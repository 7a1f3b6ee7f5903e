package dev.sharpend.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.sharpend.search.SearchChangeRepository.Change;
import dev.sharpend.system.SharpendProperties;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's index current: opens it at start (rebuilding it from the stored
 * documents when missing, of another schema, or older than the recorded changes reach
 * back), then follows the changes any node records, re-reading each named document from
 * the stored ones. Runs on one thread of its own so a long rebuild delays nothing else.
 */
@Component
class IndexSync implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(IndexSync.class);

	private static final int BATCH = 1000;

	private final SearchDocumentRepository documents;

	private final SearchChangeRepository changes;

	private final SearchProperties properties;

	private final Path folder;

	private final Clock clock;

	private final ChangeCursor cursor = new ChangeCursor();

	private volatile SearchIndex index;

	private ScheduledExecutorService executor;

	private Instant lastCommit = Instant.EPOCH;

	/** The newest change applied, for the metrics (read by other threads). */
	private volatile long applied = -1;

	private boolean dirty;

	IndexSync(SearchDocumentRepository documents, SearchChangeRepository changes, SearchProperties properties,
			SharpendProperties sharpend, Clock clock) {
		this.documents = documents;
		this.changes = changes;
		this.properties = properties;
		this.folder = (properties.directory() != null && !properties.directory().isBlank())
				? Path.of(properties.directory()) : sharpend.dataDir().resolve("search");
		this.clock = clock;
	}

	/**
	 * The newest change this node's index has applied, or -1 while it opens or rebuilds.
	 */
	long appliedSequence() {
		return this.applied;
	}

	/** The index once it is open, or null while the node starts. */
	SearchIndex index() {
		return this.index;
	}

	@Override
	public void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor((r) -> new Thread(r, "search-index"));
		this.executor.execute(this::openSafely);
		long poll = this.properties.pollInterval().toMillis();
		this.executor.scheduleWithFixedDelay(this::pollSafely, poll, poll, TimeUnit.MILLISECONDS);
		this.executor.scheduleWithFixedDelay(this::purgeSafely, 1, 60, TimeUnit.MINUTES);
	}

	@Override
	public void stop() {
		this.executor.shutdown();
		try {
			this.executor.awaitTermination(30, TimeUnit.SECONDS);
			if (this.index != null) {
				this.index.commit(this.cursor.safeSequence(), this.clock.instant());
				this.index.close();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not close the search index cleanly; it is rebuilt or caught up at the next start", ex);
		}
		this.index = null;
	}

	@Override
	public boolean isRunning() {
		return this.executor != null && !this.executor.isShutdown();
	}

	/**
	 * Starts before the web server and stops after it, so no request meets a closed
	 * index.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private void openSafely() {
		try {
			open();
		}
		catch (RuntimeException ex) {
			log.error("Could not open the search index in " + this.folder + "; search answers nothing until restart",
					ex);
		}
	}

	private void open() {
		SearchIndex opened = SearchIndex.open(this.folder);
		Duration age = Duration.between(opened.committedAt(), this.clock.instant());
		if (opened.fresh()) {
			rebuild(opened, "there is no index of schema " + SearchIndex.SCHEMA + " in " + this.folder);
		}
		else if (age.compareTo(this.properties.changeRetention().minusMinutes(30)) > 0) {
			rebuild(opened,
					"the index was last committed " + age.toHours() + " hours ago, longer than changes are kept");
		}
		else {
			this.cursor.reset(opened.committedSequence());
			log.info("Search index opened in " + this.folder + "; catching up from change "
					+ opened.committedSequence());
		}
		this.index = opened;
		pollSafely();
	}

	private void rebuild(SearchIndex target, String reason) {
		log.info("Rebuilding the search index: " + reason);
		long started = System.nanoTime();
		// Transactions still open may commit changes numbered below the high-water mark;
		// reading the last few again after the rebuild is cheap and catches them.
		long upTo = Math.max(0, this.changes.maxSequence() - 100);
		target.deleteAll();
		long[] count = { 0 };
		long[] lastLog = { started };
		this.documents.forEach((document) -> {
			target.put(document);
			count[0]++;
			if (System.nanoTime() - lastLog[0] > TimeUnit.SECONDS.toNanos(5)) {
				lastLog[0] = System.nanoTime();
				log.info("Rebuilding the search index: " + count[0] + " documents so far");
			}
		});
		target.commit(upTo, this.clock.instant());
		target.refresh();
		this.cursor.reset(upTo);
		this.lastCommit = this.clock.instant();
		log.info("Search index rebuilt: " + count[0] + " documents in "
				+ TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
	}

	/** Applies recorded changes; runs on the index thread. */
	void poll() {
		SearchIndex current = this.index;
		if (current == null) {
			return;
		}
		List<Change> batch;
		do {
			batch = this.cursor.next(this.changes, BATCH);
			Map<String, Change> latest = new LinkedHashMap<>();
			batch.forEach((c) -> latest.put(c.type() + ":" + c.id(), c));
			latest.values().forEach((c) -> apply(current, c));
			this.dirty |= !batch.isEmpty();
			if (!batch.isEmpty()) {
				current.refresh();
			}
		}
		while (batch.size() >= BATCH);
		this.applied = this.cursor.appliedSequence();
		Instant now = this.clock.instant();
		if (this.dirty && Duration.between(this.lastCommit, now).compareTo(this.properties.commitInterval()) >= 0) {
			current.commit(this.cursor.safeSequence(), now);
			this.lastCommit = now;
			this.dirty = false;
		}
	}

	private void apply(SearchIndex target, Change change) {
		this.documents.find(change.type(), change.id())
			.ifPresentOrElse(target::put, () -> target.delete(change.type(), change.id()));
	}

	private void pollSafely() {
		try {
			poll();
		}
		catch (RuntimeException ex) {
			log.warn("Could not bring the search index up to date; trying again", ex);
		}
	}

	private void purgeSafely() {
		try {
			this.changes.purge(this.clock.instant().minus(this.properties.changeRetention()));
		}
		catch (RuntimeException ex) {
			log.warn("Could not purge old search changes", ex);
		}
	}

}
