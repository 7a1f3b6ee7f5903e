package dev.sharpend.system;

import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import dev.sharpend.test.TestDatabase;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Role holders, participants, action-item owners and facilitators written as free text
 * before people were users point at the user whose e-mail address they are after the
 * upgrade; text that matches nobody stays as it was.
 */
class PeopleMigrationIntegrationTests {

	private static final UUID PRIYA = UUID.fromString("5e6f0000-0000-0000-0000-000000000001");

	@Test
	void textMatchingAUsersEmailPointsAtTheUserAndOtherTextStays() {
		DriverManagerDataSource db = newDatabase();
		migrate(db, "34");
		JdbcTemplate jdbc = new JdbcTemplate(db);
		jdbc.update("insert into app_user (id, email, email_key, display_name, role_id, created_at) values "
				+ "(?, 'Priya@Acme.example', 'priya@acme.example', 'Priya Raman', "
				+ "'00000000-0000-0000-0000-000000000001', current_timestamp)", PRIYA);
		jdbc.update("insert into incident (id, title, severity, status, declared_at, declared_by, updated_at) "
				+ "values (7, 'Old', 'SEV2', 'investigating', current_timestamp, 'x', current_timestamp)");
		jdbc.update("insert into incident_role (incident_id, role, holder, assigned_at, assigned_by) values "
				+ "(7, 'commander', ' PRIYA@acme.example ', current_timestamp, 'x'), "
				+ "(7, 'scribe', 'Sam from support', current_timestamp, 'x')");
		jdbc.update("insert into incident_participant (incident_id, person, joined_at) values "
				+ "(7, 'priya@acme.example', current_timestamp), (7, 'sam@elsewhere.example', current_timestamp)");
		jdbc.update("insert into review (id, incident_id, title, status, template_id, facilitator, created_by, "
				+ "created_at, updated_at) values (3, 7, 'Old review', 'draft', 'sharpend', 'priya@ACME.example', "
				+ "'x', current_timestamp, current_timestamp), (4, null, 'Near miss', 'draft', 'sharpend', "
				+ "'Sam', 'x', current_timestamp, current_timestamp)");
		jdbc.update("insert into review_action (review_id, title, owner, status, created_at, updated_at) values "
				+ "(3, 'Mine', 'priya@acme.example', 'open', current_timestamp, current_timestamp), "
				+ "(3, 'Theirs', 'the db team', 'open', current_timestamp, current_timestamp), "
				+ "(3, 'Nobody', null, 'open', current_timestamp, current_timestamp)");

		migrate(db, "36");

		assertThat(ids(jdbc, "select holder, holder_id from incident_role"))
			.containsEntry(" PRIYA@acme.example ", PRIYA)
			.containsEntry("Sam from support", null);
		assertThat(ids(jdbc, "select person, person_id from incident_participant"))
			.containsEntry("priya@acme.example", PRIYA)
			.containsEntry("sam@elsewhere.example", null);
		assertThat(ids(jdbc, "select facilitator, facilitator_id from review"))
			.containsEntry("priya@ACME.example", PRIYA)
			.containsEntry("Sam", null);
		assertThat(ids(jdbc, "select coalesce(owner, '-'), owner_id from review_action"))
			.containsEntry("priya@acme.example", PRIYA)
			.containsEntry("the db team", null)
			.containsEntry("-", null);
	}

	private static Map<String, UUID> ids(JdbcTemplate jdbc, String sql) {
		Map<String, UUID> ids = new java.util.HashMap<>();
		jdbc.query(sql, (rs) -> {
			ids.put(rs.getString(1), rs.getObject(2, UUID.class));
		});
		return ids;
	}

	private static void migrate(DriverManagerDataSource db, String target) {
		String vendor = TestDatabase.postgres() ? "postgresql" : "h2";
		Flyway.configure()
			.dataSource(db)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
			.target(target)
			.load()
			.migrate();
	}

	private static DriverManagerDataSource newDatabase() {
		if (TestDatabase.postgres()) {
			TestDatabase.Server server = TestDatabase.Server.fromEnvironment();
			return new DriverManagerDataSource(server.urlFor(server.createDatabase("sharpend_people_")),
					server.username(), server.password());
		}
		return new DriverManagerDataSource(
				"jdbc:h2:mem:people-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
	}

}
