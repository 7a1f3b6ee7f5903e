package dev.sharpend.incident;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.sharpend.alert.AlertReceived;
import dev.sharpend.alert.AlertsReceived;

import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * An incident-side reaction to alerts that throws while it is told to, as a reaction does
 * when its database work fails. Not a component: only the applications of
 * {@link ReactionFaultIntegrationTests} have it.
 */
class FaultyAlertReaction {

	private static volatile boolean failing;

	private static final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

	private static final Set<String> handled = ConcurrentHashMap.newKeySet();

	static void failing(boolean fail) {
		failing = fail;
	}

	/** How often the reaction to this alert failed. */
	static int failures(String fingerprint) {
		AtomicInteger count = failures.get(fingerprint);
		return (count != null) ? count.get() : 0;
	}

	/** Whether the reaction to this alert ran to its end. */
	static boolean handled(String fingerprint) {
		return handled.contains(fingerprint);
	}

	@ApplicationModuleListener
	void on(AlertsReceived event) {
		if (failing) {
			for (AlertReceived alert : event.alerts()) {
				failures.computeIfAbsent(alert.fingerprint(), (k) -> new AtomicInteger()).incrementAndGet();
			}
			throw new IllegalStateException("the reaction's database work failed");
		}
		event.alerts().forEach((alert) -> handled.add(alert.fingerprint()));
	}

}
