package dev.sharpend.system;

import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.OwnApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation made with the migrations of an earlier commit, numbered the old way,
 * upgrades on start: Flyway's history is renumbered, newer migrations run, and what the
 * team had stored reads as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = UpgradedDatabase.class)
@OwnApplication
class UpgradeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void theOldHistoryIsRenumberedAndEveryMigrationSinceIsApplied() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForObject("select version from flyway_schema_history where script = ?", String.class,
				"V23__search_changes.sql"))
			.isEqualTo("23");
		assertThat(
				jdbc.queryForObject("select count(*) from flyway_schema_history where success = false", Integer.class))
			.isZero();
		assertThat(
				jdbc.queryForList("select version from flyway_schema_history where version is not null", String.class))
			.doesNotContain("150", "107", "110")
			.contains("1", "23", "26");
	}

	@Test
	void whatTheTeamStoredReadsAsBefore() {
		Api api = Api.withToken(this.port, UpgradedDatabase.TOKEN);
		assertThat(api.get("/api/v1/incidents").body()).contains("Checkout latency");
		Api.Response timeline = api.get("/api/v1/incidents/1/timeline");
		assertThat(timeline.status()).isEqualTo(200);
		assertThat(timeline.body()).contains("Cache node cache-3 restarted.");
		assertThat(api.get("/api/v1/alert-groups").body()).contains("CheckoutLatency");
		assertThat(api.get("/api/v1/reviews").body()).contains("Checkout latency review");
		Api.Response notices = Api.anonymous(this.port).get("/p/acme/api/v2/incidents.json");
		assertThat(notices.status()).isEqualTo(200);
		assertThat(notices.body()).contains("Slow checkouts").contains("A cache node is out.");
		assertThat(Api.anonymous(this.port).get("/p/acme/api/v2/components.json").body()).contains("Checkout API");
	}

	@Test
	void whatTheTeamStoredIsFoundBySearch() {
		Api api = Api.withToken(this.port, UpgradedDatabase.TOKEN);

		// The old installation's incidents were never pushed to search: the upgrade asks
		// the modules to push them.
		JsonNode incidents = Eventually.until("the old incident to be searchable",
				() -> api.get("/api/v1/search?type=incident&q=checkout").json(), (r) -> r.get("total").asLong() > 0);
		JsonNode entries = Eventually.until("the old timeline to be searchable",
				() -> api.get("/api/v1/search?type=timeline_entry&q=restarted").json(),
				(r) -> r.get("total").asLong() > 0);

		assertThat(incidents.get("items").get(0).get("title").asString()).contains("Checkout latency");
		assertThat(entries.get("items").get(0).get("url").asString()).startsWith("/response/incidents/1#entry-");
	}

	@Test
	void theOldAdministratorSignsInWithTheOldPassword() {
		Api browser = Api.signedIn(this.port, UpgradedDatabase.EMAIL, UpgradedDatabase.PASSWORD);
		assertThat(browser.getHtml("/account").body()).contains(UpgradedDatabase.EMAIL);
	}

	@Test
	void theUpgradedInstallationTakesNewWork() {
		Api api = Api.withToken(this.port, UpgradedDatabase.TOKEN);
		Api.Response created = api.postJson("/api/v1/incidents", Map.of("title", "After the upgrade"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("number").asLong()).isEqualTo(2);
	}

}
