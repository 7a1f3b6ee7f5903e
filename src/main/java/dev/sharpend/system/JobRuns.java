package dev.sharpend.system;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * When each scheduled job last completed on this node, exported as
 * {@code sharpend_scheduled_job_last_success_timestamp_seconds{name}}. A job guarded by a
 * cluster lock runs on one node at a time, so only the node that ran it reports it: an
 * alert takes the newest time over all nodes. A job that fails does not move its time, so
 * one that keeps failing looks like one that stopped running, which it has. The label is
 * {@code name}, not {@code job}: Prometheus sets {@code job} to the scrape job.
 */
@Component
public class JobRuns {

	private final MeterRegistry registry;

	private final Clock clock;

	private final Map<String, Instant> lastSuccess = new ConcurrentHashMap<>();

	JobRuns(MeterRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	/**
	 * Notes that the job completed now.
	 * @param job a fixed name (the job's lock name), never built from data
	 */
	public void succeeded(String job) {
		if (this.lastSuccess.put(job, this.clock.instant()) == null) {
			Gauge
				.builder("sharpend.scheduled.job.last.success.timestamp.seconds", this.lastSuccess,
						(times) -> times.get(job).toEpochMilli() / 1000.0)
				.description("When the scheduled job last completed on this node (Unix time)")
				.tag("name", job)
				.register(this.registry);
		}
	}

}
