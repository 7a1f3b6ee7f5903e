package dev.sharpend.audit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SharpendIntegrationTest
class AuditIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

	@Test
	void aWriteIsRecordedWithActorTargetSummaryAndAddressButNoSecret() {
		JsonNode created = admin()
			.postJson("/api/v1/tokens", Map.of("name", "audited-token", "permissions", List.of("alert:read")))
			.json();
		JsonNode event = admin().get("/api/v1/audit-events?action=token.created&size=50")
			.json()
			.get("items")
			.valueStream()
			.filter((e) -> e.get("targetId").asString().equals(created.get("id").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(event.get("actorType").asString()).isEqualTo("token");
		assertThat(event.get("actorName").asString()).contains(TestKeys.ADMIN_EMAIL).contains("bootstrap");
		assertThat(event.get("targetType").asString()).isEqualTo("api_token");
		assertThat(event.get("summary").asString()).contains("name=audited-token").contains("alert:read");
		assertThat(event.get("clientAddress").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
		assertThat(event.toString()).doesNotContain(created.get("token").asString());
	}

	@Test
	void aRejectedWriteLeavesNoAuditEntry() {
		long before = count();
		admin().postJson("/api/v1/tokens", Map.of("name", "x", "permissions", List.of("nope:nope")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theLogIsPagedNewestFirstAndFiltered() {
		for (int i = 0; i < 3; i++) {
			admin().postJson("/api/v1/tokens", Map.of("name", "paging-" + i, "permissions", List.of("alert:read")));
		}
		JsonNode page = admin().get("/api/v1/audit-events?action=token.&size=2&page=0").json();
		assertThat(page.get("items")).hasSize(2);
		assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
		long first = page.get("items").get(0).get("id").asLong();
		long second = page.get("items").get(1).get("id").asLong();
		assertThat(first).isGreaterThan(second);
		JsonNode next = admin().get("/api/v1/audit-events?action=token.&size=2&page=1").json();
		assertThat(next.get("items").get(0).get("id").asLong()).isLessThan(second);
		assertThat(admin().get("/api/v1/audit-events?actor=nobody-by-this-name").json().get("total").asLong()).isZero();
		assertThat(admin().get("/api/v1/audit-events?size=0").status()).isEqualTo(400);
		assertThat(admin().get("/api/v1/audit-events?from=yesterday").status()).isEqualTo(400);
	}

	@Test
	void csvExportHoldsTheFilteredEntriesWithFormulasDefused() {
		admin().postJson("/api/v1/tokens", Map.of("name", "=HYPERLINK(\"x\")", "permissions", List.of("alert:read")));
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		Api.Response csv = browser.get("/admin/audit.csv?action=token.created");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		String[] lines = csv.body().split("\r\n");
		assertThat(lines[0]).startsWith("id,occurred_at,actor_type");
		assertThat(lines).allMatch((line) -> line.startsWith("id,") || line.contains("token.created"));
		assertThat(csv.body()).contains("name==HYPERLINK").doesNotContain(",=HYPERLINK");
	}

	@Test
	void theAuditPageShowsEntriesToAuditReadersOnly() {
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		assertThat(browser.get("/admin/audit?action=token.").body()).contains("token.created");
		String noAudit = admin()
			.postJson("/api/v1/tokens", Map.of("name", "no audit", "permissions", List.of("alert:read")))
			.json()
			.get("token")
			.asString();
		assertThat(Api.withToken(this.port, noAudit).get("/api/v1/audit-events").status()).isEqualTo(403);
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAuditEntries() {
		assertThat(count()).isPositive();
		assertThatThrownBy(() -> this.jdbc.sql("update audit_event set summary = 'forged'").update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_event").update())
			.isInstanceOf(DataAccessException.class);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from audit_event").query(Long.class).single();
	}

}
