package dev.sharpend.system;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value Sharpend's own metrics read from the database, read at most once per interval
 * however often (and by however many scrapers) the metrics are scraped, so a scrape costs
 * a few small queries a minute at most. While the database does not answer, the last
 * value read stays: the metric says what was last known, and the database's own metrics
 * say it is down.
 *
 * @param <T> what is read
 */
public final class ScrapeReading<T> {

	private static final Logger log = LoggerFactory.getLogger(ScrapeReading.class);

	private final Duration interval;

	private final Supplier<T> read;

	private volatile T value;

	private volatile long readAt;

	private volatile boolean loaded;

	/**
	 * @param interval the shortest time between two reads
	 * @param initial the value until the first read succeeds
	 * @param read the query
	 */
	public ScrapeReading(Duration interval, T initial, Supplier<T> read) {
		this.interval = interval;
		this.read = read;
		this.value = initial;
	}

	/** The value, read again when the last read is older than the interval. */
	public synchronized T get() {
		long now = System.nanoTime();
		if (!this.loaded || now - this.readAt >= this.interval.toNanos()) {
			this.readAt = now;
			this.loaded = true;
			try {
				this.value = this.read.get();
			}
			catch (RuntimeException ex) {
				log.debug("Could not read a metric from the database: {}", ex.getMessage());
			}
		}
		return this.value;
	}

}
