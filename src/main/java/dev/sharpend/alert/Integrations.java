package dev.sharpend.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import dev.sharpend.system.RequestRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Alert sources: created with a key shown once, authenticated by its hash. */
@Service
@Transactional
@NamedInterface("api")
public class Integrations {

	static final List<String> DEFAULT_RULE_LABELS = List.of("alertname", "job");

	static final int MAX_MAPPING = 4000;

	static final int MAX_LABEL_LIST = 500;

	private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]{0,99}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final long KEY_TTL_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(1);

	private static final int MAX_KNOWN_KEYS = 10_000;

	private final Map<String, KnownKey> keys = new ConcurrentHashMap<>();

	private final IntegrationRepository repository;

	private final LastSeenBuffer lastSeen;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Integrations(IntegrationRepository repository, LastSeenBuffer lastSeen, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.lastSeen = lastSeen;
		this.events = events;
		this.clock = clock;
	}

	public CreatedIntegration create(String name, IntegrationType type, List<String> ruleLabels) {
		return create(name, type, ruleLabels, null, null, null, null);
	}

	/**
	 * Creates an integration.
	 * @param groupBy grouping labels (default alertname)
	 * @param groupWindow how long a group takes new alerts (default one hour)
	 * @param mapping for generic integrations, how to read their JSON (default: /title)
	 * @param ratePerMinute deliveries a minute it may send (default
	 * {@code sharpend.alert.integration-rate})
	 */
	public CreatedIntegration create(String name, IntegrationType type, List<String> ruleLabels, List<String> groupBy,
			java.time.Duration groupWindow, GenericMapping mapping, Integer ratePerMinute) {
		if (type == IntegrationType.HEARTBEAT) {
			throw RequestRejected.invalid("type", "Create heartbeats under /api/v1/heartbeats: a heartbeat"
					+ " integration belongs to its heartbeat.");
		}
		IntakeRates.check(ratePerMinute);
		return insert(name, type, ruleLabels, groupBy, groupWindow, mapping, ratePerMinute);
	}

	/** A heartbeat's own integration, grouping its silence alerts by alert name. */
	CreatedIntegration createForHeartbeat(String name) {
		return insert(name, IntegrationType.HEARTBEAT, null, null, null, null, null);
	}

	private CreatedIntegration insert(String name, IntegrationType type, List<String> ruleLabels, List<String> groupBy,
			java.time.Duration groupWindow, GenericMapping mapping, Integer ratePerMinute) {
		String cleanName = (name != null) ? name.strip() : "";
		if (cleanName.isEmpty() || cleanName.length() > 100) {
			throw RequestRejected.invalid("name", "Give the integration a name of 1 to 100 characters.");
		}
		if (type == null) {
			throw RequestRejected.invalid("type", "Choose a type: alertmanager, grafana, pagerduty or generic.");
		}
		List<String> labels = (ruleLabels == null || ruleLabels.isEmpty()) ? DEFAULT_RULE_LABELS : ruleLabels;
		for (String label : labels) {
			if (label == null || !LABEL.matcher(label).matches()) {
				throw RequestRejected.invalid("ruleLabels", "\"" + label + "\" is not a label name.");
			}
		}
		List<String> grouping = (groupBy == null || groupBy.isEmpty()) ? List.of("alertname") : groupBy;
		for (String label : grouping) {
			if (label == null || !LABEL.matcher(label).matches()) {
				throw RequestRejected.invalid("groupBy", "\"" + label + "\" is not a label name.");
			}
		}
		fits("ruleLabels", "the label names, joined by commas,", String.join(",", labels), MAX_LABEL_LIST);
		fits("groupBy", "the label names, joined by commas,", String.join(",", grouping), MAX_LABEL_LIST);
		if (type == IntegrationType.GENERIC && mapping != null) {
			fits("mapping", "the mapping, written as JSON,", mapping.toJson(), MAX_MAPPING);
		}
		java.time.Duration window = (groupWindow != null) ? groupWindow : java.time.Duration.ofHours(1);
		if (window.isNegative() || window.isZero() || window.compareTo(java.time.Duration.ofDays(7)) > 0) {
			throw RequestRejected.invalid("groupWindowSeconds", "Use a grouping window between 1 second and 7 days.");
		}
		String key = newKey(type);
		Integration integration = new Integration(UUID.randomUUID(), cleanName, type, key.substring(0, 8) + "…",
				List.copyOf(labels), List.copyOf(grouping), window,
				(type == IntegrationType.GENERIC) ? ((mapping != null) ? mapping : GenericMapping.defaults()) : null,
				this.clock.instant(), null, ratePerMinute);
		this.repository.insert(integration, hash(key));
		this.events.publishEvent(new IntegrationCreated(integration.id(), integration.name(), type));
		return new CreatedIntegration(integration, key);
	}

	// The columns' widths: what passes here is stored.
	private static void fits(String field, String what, String text, int limit) {
		if (text.length() > limit) {
			throw RequestRejected.invalid(field, field + " is too long: " + what + " take at most " + limit
					+ " characters; these take " + text.length() + ".");
		}
	}

	/** Renames the integration (a heartbeat's follows its heartbeat's name). */
	void rename(UUID id, String name) {
		this.repository.rename(id, name);
		this.keys.clear();
	}

	/**
	 * Sets how many deliveries a minute the integration may send; above it they are
	 * answered 429. Takes effect on this node at once and on others within a second.
	 * @param ratePerMinute 1 to 1,000,000, or null for the default
	 * ({@code sharpend.alert.integration-rate})
	 * @return the integration as it is now
	 * @throws RequestRejected when there is none or the rate is out of range
	 */
	public Integration changeRate(UUID id, Integer ratePerMinute) {
		IntakeRates.check(ratePerMinute);
		this.repository.findById(id).orElseThrow(() -> RequestRejected.notFound("There is no integration " + id + "."));
		this.repository.changeRate(id, ratePerMinute);
		this.keys.clear();
		return this.repository.findById(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<Integration> all() {
		return this.repository.findAll();
	}

	/**
	 * When each integration last received a delivery it accepted, for those that ever
	 * did. Deliveries to other nodes show once those write their buffered times
	 * ({@code sharpend.alert.last-seen-flush-interval}).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, java.time.Instant> lastReceived() {
		return this.lastSeen.lastReceived(this.repository.lastReceived());
	}

	/**
	 * Stops the integration accepting alerts.
	 * @throws RequestRejected when there is none, or it belongs to a heartbeat (delete
	 * the heartbeat instead)
	 */
	public void disable(UUID id) {
		Integration integration = this.repository.findById(id)
			.orElseThrow(() -> RequestRejected.notFound("There is no integration " + id + "."));
		if (integration.type() == IntegrationType.HEARTBEAT) {
			throw RequestRejected.conflict(null, integration.name()
					+ " belongs to a heartbeat; delete the heartbeat under Alerts → Heartbeats instead.");
		}
		disable(integration);
	}

	/** Stops the integration accepting alerts, whatever its type. */
	void disable(Integration integration) {
		UUID id = integration.id();
		if (integration.enabled()) {
			this.repository.disable(id, this.clock.instant());
			this.keys.clear();
			this.events.publishEvent(new IntegrationDisabled(id, integration.name()));
		}
	}

	/**
	 * The enabled integration of the given type that a key belongs to. Answers are kept
	 * for a second, because a busy source sends many deliveries a second; disabling an
	 * integration takes effect at once on this node and within that second on others.
	 */
	@Transactional(readOnly = true)
	public Optional<Integration> authenticate(String key, IntegrationType type) {
		if (key == null || key.isBlank()) {
			return Optional.empty();
		}
		String hash = hash(key.strip());
		long now = System.nanoTime();
		KnownKey known = this.keys.get(hash);
		if (known == null || now - known.until() > 0) {
			if (this.keys.size() >= MAX_KNOWN_KEYS) {
				// unknown keys sprayed at the intake must not grow this without bound
				this.keys.clear();
			}
			known = new KnownKey(this.repository.findByKeyHash(hash), now + KEY_TTL_NANOS);
			this.keys.put(hash, known);
		}
		return known.integration().filter(Integration::enabled).filter((i) -> i.type() == type);
	}

	/**
	 * A random key. PagerDuty clients insist on 32 alphanumeric characters for a routing
	 * key, so those integrations get 128 random bits in hex; others a prefixed key.
	 */
	private static String newKey(IntegrationType type) {
		byte[] bytes = new byte[(type == IntegrationType.PAGERDUTY) ? 16 : 24];
		RANDOM.nextBytes(bytes);
		return (type == IntegrationType.PAGERDUTY) ? HexFormat.of().formatHex(bytes)
				: "shk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record KnownKey(Optional<Integration> integration, long until) {
	}

	/**
	 * A new integration and its key, shown once.
	 *
	 * @param integration the integration
	 * @param key the key to configure at the source
	 */
	public record CreatedIntegration(Integration integration, String key) {
	}

}
