package dev.sharpend.system;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SharpendIntegrationTest
class ActuatorIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void healthLivenessAndReadinessIncludingTheDatabaseAreOpen() {
		Api anonymous = Api.anonymous(this.port);
		assertThat(anonymous.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
		assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
		Api.Response readiness = Api.withToken(this.port, TestKeys.ADMIN_TOKEN).get("/actuator/health/readiness");
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void infoShowsTheBuildVersionOnlyToSignedInCallers() {
		Api.Response anonymous = Api.anonymous(this.port).get("/actuator/info");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.body()).doesNotContain("version").doesNotContain("jvm");

		Api.Response session = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD)
			.get("/actuator/info");
		assertThat(session.json().get("build").get("artifact").asString()).isEqualTo("sharpend");
		Api.Response info = Api.withToken(this.port, TestKeys.ADMIN_TOKEN).get("/actuator/info");
		assertThat(info.json().get("build").get("artifact").asString()).isEqualTo("sharpend");
		assertThat(info.json().get("build").get("version").asString()).isNotBlank();
	}

	@Test
	void prometheusNeedsSettingsAdminOrTheScrapeToken() {
		assertThat(Api.anonymous(this.port).get("/actuator/prometheus").status()).isEqualTo(401);

		String viewer = Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.postJson("/api/v1/tokens", Map.of("name", "no settings", "permissions", List.of("incident:read")))
			.json()
			.get("token")
			.asString();
		assertThat(Api.withToken(this.port, viewer).get("/actuator/prometheus").status()).isEqualTo(403);

		Api.Response admin = Api.withToken(this.port, TestKeys.ADMIN_TOKEN).get("/actuator/prometheus");
		assertThat(admin.status()).isEqualTo(200);
		assertThat(admin.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");

		assertThat(Api.withToken(this.port, TestKeys.SCRAPE_TOKEN).get("/actuator/prometheus").status()).isEqualTo(200);
		assertThat(Api.withToken(this.port, TestKeys.SCRAPE_TOKEN).get("/api/v1/me").status()).isEqualTo(401);
	}

}
