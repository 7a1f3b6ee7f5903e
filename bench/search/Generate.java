import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Writes a history of incidents straight into a migrated Sharpend database, for the search
 * benchmark: each incident with an alert group of one or two alerts (from a few hundred
 * alert rules), one or two affected components, four timeline entries and a refuted
 * hypothesis now and then. Deterministic (fixed seed), batched, a few minutes for 100,000.
 *
 * Usage: java -cp <jdbc driver jar> Generate.java <jdbc url> <user> <password> <incidents>
 */
public class Generate {

	static final String[] SERVICES = { "checkout", "payments", "search", "login", "catalog", "inventory", "shipping",
			"billing", "notifications", "api-gateway", "ledger", "reports", "images", "recommendations", "profile",
			"orders", "cart", "pricing", "email", "webhooks" };

	static final String[] SYMPTOMS = { "latency spike", "error rate above threshold", "timeouts", "5xx responses",
			"queue backlog growing", "memory pressure", "disk almost full", "connection pool exhausted",
			"slow database queries", "certificate expiring", "replication lag", "cache misses", "pods restarting",
			"dropped messages", "elevated CPU", "DNS resolution failures", "rate limiting", "stale reads" };

	static final String[] CAUSES = { "a deploy changed the connection settings", "the cache was cold after a restart",
			"a noisy neighbour on the shared cluster", "the provider had a regional outage", "a retry storm from clients",
			"an expired certificate on the load balancer", "a long-running migration locked the table",
			"the autoscaler hit its maximum", "a feature flag enabled a slow path", "a misconfigured firewall rule",
			"garbage collection pauses", "a batch job ran during peak hours", "the broker ran out of disk",
			"a dependency upgrade changed timeouts" };

	static final String[] ACTIONS = { "rolled back the release", "restarted the workers", "scaled the database up",
			"failed over to the replica", "disabled the feature flag", "raised the pool size", "purged the queue",
			"renewed the certificate", "paused the batch job", "added capacity", "throttled the heavy client" };

	public static void main(String[] args) throws Exception {
		int count = Integer.parseInt(args[3]);
		Random random = new Random(42);
		long started = System.nanoTime();
		try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
			db.setAutoCommit(false);
			List<String> components = new ArrayList<>();
			try (ResultSet rs = db.createStatement().executeQuery("select id from sp_component where is_group = false")) {
				while (rs.next()) {
					components.add(rs.getString(1));
				}
			}
			UUID integration = UUID.randomUUID();
			try (PreparedStatement ps = db.prepareStatement("""
					insert into alert_integration (id, name, type, key_hash, key_hint, rule_labels, created_at)
					values (?, 'bench', 'alertmanager', ?, 'bench', 'alertname,job', ?)""")) {
				ps.setObject(1, integration);
				ps.setString(2, UUID.randomUUID().toString().replace("-", ""));
				ps.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
				ps.executeUpdate();
			}
			new Writer(db, integration, components, random).write(count);
			db.commit();
		}
		System.out.printf("generated %d incidents in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
	}

	static final class Writer {

		final Connection db;

		final UUID integration;

		final List<String> components;

		final Random random;

		final PreparedStatement incident;

		final PreparedStatement group;

		final PreparedStatement alert;

		final PreparedStatement attach;

		final PreparedStatement component;

		final PreparedStatement entry;

		final PreparedStatement hypothesis;

		Writer(Connection db, UUID integration, List<String> components, Random random) throws Exception {
			this.db = db;
			this.integration = integration;
			this.components = components;
			this.random = random;
			this.incident = db.prepareStatement("""
					insert into incident (id, title, summary, severity, status, declared_at, declared_by, resolved_at,
					    closed_at, updated_at) values (?, ?, ?, ?, 'closed', ?, 'bench@sharpend.test', ?, ?, ?)""");
			this.group = db.prepareStatement("""
					insert into alert_group (id, integration_id, group_key, title, status, opened_at, updated_at,
					    resolved_at) values (?, ?, ?, ?, 'resolved', ?, ?, ?)""");
			this.alert = db.prepareStatement("""
					insert into alert (id, integration_id, fingerprint, rule_key, status, title, labels, annotations,
					    starts_at, ends_at, raw_payload, first_seen, last_seen, group_id)
					values (?, ?, ?, ?, 'resolved', ?, '{}', '{}', ?, ?, '{}', ?, ?, ?)""");
			this.attach = db.prepareStatement("""
					insert into incident_alert_group (incident_id, group_id, attached_at, attached_by)
					values (?, ?, ?, 'bench@sharpend.test')""");
			this.component = db.prepareStatement(
					"insert into incident_component (incident_id, page_id, component_id) select ?, page_id, id from sp_component where id = ?");
			this.entry = db.prepareStatement("""
					insert into incident_timeline_entry (id, incident_id, kind, body, author, occurred_at, recorded_at)
					values (?, ?, ?, ?, 'bench@sharpend.test', ?, ?)""");
			this.hypothesis = db.prepareStatement("""
					insert into incident_hypothesis (id, incident_id, statement, status, created_at, created_by)
					values (?, ?, ?, 'refuted', ?, 'bench@sharpend.test')""");
		}

		void write(int count) throws Exception {
			Instant start = Instant.now().minus(Duration.ofDays(3 * 365));
			long step = Duration.ofDays(3 * 365).toMillis() / count;
			long alertId = 1;
			long entryId = 1;
			for (int n = 1; n <= count; n++) {
				Instant at = start.plusMillis(step * n);
				String service = pick(SERVICES);
				String symptom = pick(SYMPTOMS);
				String cause = pick(CAUSES);
				String rule = "alertname=" + camel(symptom) + ",job=" + service;
				incident(n, service, symptom, cause, at);
				group(n, rule, service, symptom, at);
				alert(alertId++, n, rule, symptom, at);
				if (this.random.nextInt(3) == 0) {
					String other = "alertname=" + camel(pick(SYMPTOMS)) + ",job=" + service;
					alert(alertId++, n, other, symptom, at);
				}
				components(n);
				entryId = entries(entryId, n, service, symptom, cause, at);
				if (this.random.nextInt(4) == 0) {
					set(this.hypothesis, n, n, "It was " + pick(CAUSES), ts(at.plusSeconds(600)));
					this.hypothesis.addBatch();
				}
				if (n % 2000 == 0) {
					flush();
					System.out.printf("  %d incidents%n", n);
				}
			}
			flush();
			restartIdentity("incident", count + 1);
			restartIdentity("alert_group", count + 1);
			restartIdentity("alert", alertId);
			restartIdentity("incident_timeline_entry", entryId);
			restartIdentity("incident_hypothesis", count + 1);
		}

		void incident(int n, String service, String symptom, String cause, Instant at) throws Exception {
			String severity = "SEV" + (1 + this.random.nextInt(4));
			set(this.incident, n, cap(service) + " " + symptom, "Customers saw " + symptom + " on " + service
					+ ". Contributing: " + cause + ".", severity, ts(at), ts(at.plusSeconds(3600)),
					ts(at.plusSeconds(7200)), ts(at.plusSeconds(7200)));
			this.incident.addBatch();
		}

		void group(int n, String rule, String service, String symptom, Instant at) throws Exception {
			set(this.group, n, this.integration, rule, cap(service) + " " + symptom, ts(at), ts(at),
					ts(at.plusSeconds(3600)));
			this.group.addBatch();
			set(this.attach, n, n, ts(at));
			this.attach.addBatch();
		}

		void alert(long id, int group, String rule, String symptom, Instant at) throws Exception {
			set(this.alert, id, this.integration, "fp-" + id, rule, symptom, ts(at), ts(at.plusSeconds(3600)), ts(at),
					ts(at), group);
			this.alert.addBatch();
		}

		void components(int n) throws Exception {
			if (this.components.isEmpty()) {
				return;
			}
			int first = this.random.nextInt(this.components.size());
			set(this.component, n, this.components.get(first));
			this.component.addBatch();
			if (this.random.nextBoolean()) {
				set(this.component, n, this.components.get((first + 1) % this.components.size()));
				this.component.addBatch();
			}
		}

		long entries(long id, int n, String service, String symptom, String cause, Instant at) throws Exception {
			String[][] lines = { { "observation", "Dashboards show " + symptom + " on " + service + "." },
					{ "hypothesis", "Maybe " + pick(CAUSES) + "." }, { "action", "We " + pick(ACTIONS) + "." },
					{ "decision", "Keep watching " + service + "; it looks like " + cause + "." } };
			for (int i = 0; i < lines.length; i++) {
				Instant when = at.plusSeconds(300L * (i + 1));
				set(this.entry, id++, n, lines[i][0], lines[i][1], ts(when), ts(when));
				this.entry.addBatch();
			}
			return id;
		}

		void flush() throws Exception {
			for (PreparedStatement ps : List.of(this.incident, this.group, this.alert, this.attach, this.component,
					this.entry, this.hypothesis)) {
				ps.executeBatch();
			}
			this.db.commit();
		}

		void restartIdentity(String table, long next) throws Exception {
			boolean postgres = this.db.getMetaData().getURL().startsWith("jdbc:postgresql:");
			String sql = postgres ? "select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)"
					: "alter table " + table + " alter column id restart with " + next;
			this.db.createStatement().execute(sql);
			this.db.commit();
		}

		String pick(String[] values) {
			return values[this.random.nextInt(values.length)];
		}

		static void set(PreparedStatement ps, Object... values) throws Exception {
			for (int i = 0; i < values.length; i++) {
				ps.setObject(i + 1, values[i]);
			}
		}

		static OffsetDateTime ts(Instant at) {
			return at.atOffset(ZoneOffset.UTC);
		}

		static String cap(String s) {
			return Character.toUpperCase(s.charAt(0)) + s.substring(1);
		}

		static String camel(String s) {
			StringBuilder out = new StringBuilder();
			for (String word : s.split("[^A-Za-z0-9]+")) {
				if (!word.isEmpty()) {
					out.append(cap(word));
				}
			}
			return out.toString();
		}

	}

}
