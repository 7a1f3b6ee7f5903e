package dev.sharpend.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sharpend.provider.ProviderFetch.FetchFailed;
import dev.sharpend.provider.ProviderFetch.Fetched;
import dev.sharpend.provider.WatchRepository.Claim;
import dev.sharpend.provider.WatchRepository.Reading;
import dev.sharpend.provider.WatchRepository.Watch;
import dev.sharpend.provider.upstream.StatusBody;
import dev.sharpend.provider.upstream.StatusFormat;
import dev.sharpend.provider.upstream.StatusReading;
import dev.sharpend.provider.upstream.UnreadableStatus;
import dev.sharpend.provider.upstream.UpstreamReport;
import dev.sharpend.system.JobRuns;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads providers' status feeds when due. Each tick brings the watches in line with the
 * register, then reads the due ones a few at a time: a node reads a feed only after
 * claiming its watch with a conditional update, so across a cluster each feed is read
 * once per interval. The fetch and the parsing run outside any transaction; only the
 * result is stored, in a short one. A read that fails leaves the provider unknown and is
 * tried again after a wait that doubles with each further failure, up to an hour.
 */
@Component
class ProviderPolling implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ProviderPolling.class);

	/**
	 * Formats whose reading depends on the time of the read (a feed item counts as an
	 * open incident while recent), so an unchanged body is read again.
	 */
	private static final Set<StatusFormat> TIMED = Set.of(StatusFormat.FEED, StatusFormat.AWS_RSS,
			StatusFormat.AZURE_RSS);

	private final WatchRepository watches;

	private final ProviderRepository providers;

	private final UpstreamReadings readings;

	private final ProviderProperties properties;

	private final ProviderFetch fetch;

	private final Clock clock;

	private final JobRuns runs;

	private final String node = "node-" + UUID.randomUUID();

	private final ExecutorService readers;

	ProviderPolling(WatchRepository watches, ProviderRepository providers, UpstreamReadings readings,
			ProviderProperties properties, Clock clock, JobRuns runs) {
		this.watches = watches;
		this.providers = providers;
		this.readings = readings;
		this.properties = properties;
		this.clock = clock;
		this.runs = runs;
		this.fetch = new ProviderFetch(properties.timeout(), properties.allowPrivateTargets());
		AtomicInteger count = new AtomicInteger();
		this.readers = Executors.newFixedThreadPool(properties.readers(), (r) -> {
			Thread thread = new Thread(r, "provider-reader-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Reads every feed that is due, and returns when all those reads are stored. */
	@Scheduled(fixedDelayString = "${sharpend.provider.poll-tick:PT15S}",
			initialDelayString = "${sharpend.provider.poll-tick:PT15S}")
	void runDue() {
		Instant now = this.clock.instant();
		this.watches.sync(now);
		List<Future<?>> reads = new ArrayList<>();
		for (ProviderId id : this.watches.due(now)) {
			reads.add(this.readers.submit(() -> poll(id)));
		}
		for (Future<?> read : reads) {
			try {
				read.get();
			}
			catch (ExecutionException ex) {
				log.warn("Reading a provider's status failed: {}", ex.getCause().toString());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		this.runs.succeeded("provider-polls");
	}

	/** Claims the provider's watch and, when this node got it, reads and stores it. */
	void poll(ProviderId id) {
		Instant now = this.clock.instant();
		Claim claim = new Claim(id, this.node);
		Instant until = now.plus(this.properties.timeout()).plus(Duration.ofMinutes(1));
		if (!this.watches.claim(id, this.node, now, until)) {
			return;
		}
		Provider provider = this.providers.provider(id).orElse(null);
		Watch watch = this.watches.watch(id).orElse(null);
		if (provider == null || watch == null || provider.status().feed() == null) {
			return;
		}
		Duration interval = interval(provider);
		try {
			Fetched fetched = this.fetch.fetch(watch.feed(), watch.validators(), now);
			Reading reading = new Reading(watch.status(), watch.since(),
					fetched.isUnchanged() ? watch.validators() : fetched.validators(), null, now, now.plus(interval));
			if (fetched.isUnchanged() || sameBody(watch, reading)) {
				this.readings.unchanged(claim, watch, reading);
				return;
			}
			UpstreamReport report = read(provider, fetched.body());
			this.readings.read(claim, provider, report,
					new Reading(report.overall(), now, reading.validators(), report.format(), now, reading.next()));
		}
		catch (FetchFailed | UnreadableStatus ex) {
			failed(claim, provider, watch, ex.getMessage(), now);
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the status of provider {} ({})", provider.name(), id, ex);
			failed(claim, provider, watch,
					"Sharpend could not read the status feed (" + ex.getClass().getSimpleName() + ").", now);
		}
	}

	private void failed(Claim claim, Provider provider, Watch watch, String message, Instant now) {
		log.warn("Provider {} ({}) status unknown: {}", provider.name(), provider.id(), message);
		Instant next = now.plus(backoff(interval(provider), watch.failures() + 1));
		this.readings.failed(claim, provider, message, now, next);
	}

	private static UpstreamReport read(Provider provider, StatusBody body) {
		StatusFormat format = provider.status().format();
		return (format != null) ? StatusReading.read(format, body, provider.status().scope())
				: StatusReading.read(body, provider.status().scope());
	}

	/**
	 * Whether the body is the one last read (by its hash, for hosts that give no
	 * validators), so it need not be read again.
	 */
	private static boolean sameBody(Watch watch, Reading reading) {
		String hash = reading.validators().hash();
		return hash != null && hash.equals(watch.validators().hash()) && watch.failures() == 0 && watch.format() != null
				&& !TIMED.contains(watch.format());
	}

	private Duration interval(Provider provider) {
		Duration own = provider.status().pollInterval();
		return (own != null) ? own : this.properties.pollInterval();
	}

	/**
	 * The wait before the next read after {@code failures} failed reads in a row: the
	 * interval, doubled with each further failure, at most an hour (or the interval when
	 * that is longer).
	 */
	static Duration backoff(Duration interval, int failures) {
		Duration cap = (interval.compareTo(ProviderProperties.MAX_BACKOFF) > 0) ? interval
				: ProviderProperties.MAX_BACKOFF;
		Duration wait = interval;
		for (int i = 1; i < failures && wait.compareTo(cap) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(cap) > 0) ? cap : wait;
	}

	@Override
	public void destroy() {
		this.readers.shutdownNow();
	}

}
