import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;

/**
 * Writes the insight module's raw history straight into a migrated Sharpend database: ALERT_GROUPS
 * alert groups (default 1,000,000) spread over two years up to now, from 500 alert rules
 * of very different noise (a few rules fire most of the time), each with its opening,
 * usually a page, often an acknowledgement, and its resolution; one group in a hundred is
 * linked to one of 10,000 incidents. Deterministic (fixed seed) and batched. Sharpend then
 * rebuilds its figures from these facts. With a rotation given, every page went through it
 * (its interruptions and weekly reviews then have a history too).
 *
 * Usage: java -cp <jdbc driver jar> Generate.java <jdbc url> <user> <password> <groups>
 * [<schedule id> <team id> <zone>]
 */
public class Generate {

	static final int RULES = 500;

	static final int INCIDENTS = 10_000;

	public static void main(String[] args) throws Exception {
		int groups = Integer.parseInt(args[3]);
		Random random = new Random(42);
		Instant end = Instant.now().minus(Duration.ofMinutes(10));
		long span = Duration.ofDays(730).toSeconds();
		UUID integration = UUID.randomUUID();
		String route = (args.length >= 7) ? args[4] + "|" + args[5] + "|" + args[6] : null;
		long started = System.nanoTime();
		int facts = 0;
		try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
			db.setAutoCommit(false);
			try (PreparedStatement ps = db.prepareStatement("""
					insert into insight_fact (group_id, kind, occurred_at, rule, integration_id, incident, amount, route)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
				for (int g = 1; g <= groups; g++) {
					// rule popularity falls off like 1/rank, as alert noise does
					int rule = (int) Math.min(RULES - 1, Math.floor(Math.pow(RULES, random.nextDouble())) - 1);
					Instant opened = end.minusSeconds((long) (random.nextDouble() * span));
					String name = "Rule" + rule + " (job=svc" + (rule % 40) + ")";
					facts += add(ps, g, "opened", opened, name, integration, 0, 1);
					double fate = random.nextDouble();
					boolean paged = random.nextDouble() < 0.7;
					Instant page = opened.plusSeconds(5 + random.nextInt(60));
					if (paged) {
						int people = 1 + random.nextInt(2);
						facts += add(ps, g, "paged", page, null, null, 0, people);
						if (route != null) {
							facts += add(ps, g, "interrupted", page, null, null, 0, people, route);
						}
					}
					if (fate < 0.45) {
						// clears by itself within minutes
						facts += add(ps, g, "resolved_by_self", opened.plusSeconds(60 + random.nextInt(900)), null, null,
								0, 1);
					}
					else {
						Instant ack = (paged ? page : opened).plusSeconds(30 + random.nextInt(1800));
						facts += add(ps, g, "acknowledged", ack, null, null, 0, 1);
						if (fate > 0.99) {
							long incident = 1 + random.nextInt(INCIDENTS);
							facts += add(ps, g, "incident", ack.plusSeconds(60), null, null, incident, 1);
							facts += add(ps, g, "action", ack.plusSeconds(300), null, null, incident, 1);
						}
						boolean byHand = random.nextBoolean();
						facts += add(ps, g, byHand ? "resolved_by_hand" : "resolved_by_self",
								ack.plusSeconds(120 + random.nextInt(7200)), null, null, 0, 1);
					}
					if (g % 2000 == 0) {
						ps.executeBatch();
						db.commit();
					}
					if (g % 100_000 == 0) {
						System.out.printf("  %,d groups%n", g);
					}
				}
				ps.executeBatch();
				db.commit();
			}
		}
		System.out.printf("%,d groups, %,d facts written in %.1f s%n", groups, facts,
				(System.nanoTime() - started) / 1e9);
	}

	static int add(PreparedStatement ps, long group, String kind, Instant at, String rule, UUID integration,
			long incident, int amount) throws Exception {
		return add(ps, group, kind, at, rule, integration, incident, amount, "");
	}

	static int add(PreparedStatement ps, long group, String kind, Instant at, String rule, UUID integration,
			long incident, int amount, String route) throws Exception {
		ps.setString(8, route);
		ps.setLong(1, group);
		ps.setString(2, kind);
		ps.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
		ps.setString(4, rule);
		ps.setObject(5, integration);
		ps.setLong(6, incident);
		ps.setInt(7, amount);
		ps.addBatch();
		return 1;
	}

}
