package dev.sharpend.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting a stranger lock anyone out. Failures are
 * counted per e-mail address and client (the client's IP address; an IPv6 client by its
 * /64, which one host can rotate within):
 * <ul>
 * <li>a client with {@value #MAX_FAILURES} failures for an address within {@link #WINDOW}
 * is refused for that address until the window has passed;</li>
 * <li>once an address has {@value #MAX_FAILURES} failures from all clients together, a
 * client that has failed for it even once is refused too, so guessing from many hosts
 * gets one try per host and window, while a client that has not failed (the owner's)
 * still signs in with the right password.</li>
 * </ul>
 * Unknown addresses are counted the same way, so the answer does not tell whether an
 * account exists. Kept per node in memory; entries older than the window are swept, so
 * the map holds at most one window of failures.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 10;

	static final Duration WINDOW = Duration.ofMinutes(5);

	private static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);

	private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	private volatile Instant lastSweep;

	LoginThrottle(Clock clock) {
		this.clock = clock;
		this.lastSweep = clock.instant();
	}

	boolean blocked(String email, String clientAddress) {
		Deque<Failure> recent = this.failures.get(key(email));
		if (recent == null) {
			return false;
		}
		String client = client(clientAddress);
		synchronized (recent) {
			prune(recent);
			long fromClient = recent.stream().filter((failure) -> failure.client().equals(client)).count();
			return fromClient >= MAX_FAILURES || (fromClient > 0 && recent.size() >= MAX_FAILURES);
		}
	}

	void failed(String email, String clientAddress) {
		sweepIfDue();
		Deque<Failure> recent = this.failures.computeIfAbsent(key(email), (k) -> new ArrayDeque<>());
		synchronized (recent) {
			prune(recent);
			recent.addLast(new Failure(client(clientAddress), this.clock.instant()));
		}
	}

	/** A right password clears what this client got wrong, not what others did. */
	void succeeded(String email, String clientAddress) {
		Deque<Failure> recent = this.failures.get(key(email));
		if (recent != null) {
			String client = client(clientAddress);
			synchronized (recent) {
				recent.removeIf((failure) -> failure.client().equals(client));
			}
		}
	}

	/** How many e-mail addresses have failures on record. */
	int tracked() {
		return this.failures.size();
	}

	private void sweepIfDue() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.lastSweep.plus(SWEEP_INTERVAL))) {
			return;
		}
		this.lastSweep = now;
		this.failures.entrySet().removeIf((entry) -> {
			synchronized (entry.getValue()) {
				prune(entry.getValue());
				return entry.getValue().isEmpty();
			}
		});
	}

	private void prune(Deque<Failure> recent) {
		Instant cutoff = this.clock.instant().minus(WINDOW);
		while (!recent.isEmpty() && recent.peekFirst().at().isBefore(cutoff)) {
			recent.removeFirst();
		}
	}

	private static String key(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

	static String client(String address) {
		if (address == null || address.isBlank()) {
			return "";
		}
		if (!address.contains(":")) {
			return address;
		}
		try {
			// A literal address is parsed, never looked up.
			byte[] bytes = InetAddress.getByName(address).getAddress();
			return (bytes.length == 16) ? HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64" : address;
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

	private record Failure(String client, Instant at) {
	}

}
