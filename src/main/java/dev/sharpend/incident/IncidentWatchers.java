package dev.sharpend.incident;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

import org.jspecify.annotations.Nullable;

import dev.sharpend.system.AfterCommit;
import dev.sharpend.system.ClusterSignals;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * The open incident pages waiting for their incident to change. A page asks with the
 * version it shows; the answer comes as soon as a change to that incident commits, on
 * this node or, through a {@link ClusterSignals cluster signal} on PostgreSQL, on any
 * other, so people on different nodes see each other's entries within a fraction of a
 * second instead of at the page's next poll. The page's poll stays as the fallback.
 */
@Component
public class IncidentWatchers {

	static final String SIGNAL = "sharpend_incident_changed";

	private final Map<Long, Set<DeferredResult<ResponseEntity<Void>>>> waiting = new ConcurrentHashMap<>();

	private final ClusterSignals signals;

	private final Duration hold;

	IncidentWatchers(ClusterSignals signals, @Value("${sharpend.incident.live-wait:PT25S}") Duration hold) {
		this.signals = signals;
		this.hold = hold;
		signals.listen(SIGNAL, this::heard);
	}

	/**
	 * Answers 200 once the incident's version is no longer {@code since} (at once when it
	 * already is not), or 204 when nothing changed within the hold.
	 * @param version reads the incident's current version, null when there is none
	 */
	public DeferredResult<ResponseEntity<Void>> waitForChange(long number, long since,
			LongFunction<@Nullable Long> version) {
		DeferredResult<ResponseEntity<Void>> result = new DeferredResult<>(this.hold.toMillis(),
				() -> ResponseEntity.noContent().build());
		Set<DeferredResult<ResponseEntity<Void>>> set = this.waiting.computeIfAbsent(number,
				(n) -> ConcurrentHashMap.newKeySet());
		set.add(result);
		Runnable forget = () -> forget(number, result);
		result.onCompletion(forget);
		// Registered before reading, so a change that commits in between still wakes it.
		Long current = version.apply(number);
		if (current == null || current != since) {
			result.setResult(ResponseEntity.ok().build());
		}
		return result;
	}

	/** Called in the transaction that changed the incident. */
	void changed(long number) {
		this.signals.send(SIGNAL, Long.toString(number));
		AfterCommit.run(() -> wake(number));
	}

	private void heard(@Nullable String payload) {
		if (payload == null) {
			// Signals may have been missed: let every page check again.
			this.waiting.keySet().forEach(this::wake);
			return;
		}
		try {
			wake(Long.parseLong(payload));
		}
		catch (NumberFormatException ex) {
			// Not ours to understand; the pages' poll covers it.
		}
	}

	private void wake(long number) {
		Set<DeferredResult<ResponseEntity<Void>>> set = this.waiting.remove(number);
		if (set != null) {
			set.forEach((result) -> result.setResult(ResponseEntity.ok().build()));
		}
	}

	private void forget(long number, DeferredResult<ResponseEntity<Void>> result) {
		this.waiting.computeIfPresent(number, (n, set) -> {
			set.remove(result);
			return set.isEmpty() ? null : set;
		});
	}

}
