package dev.sharpend.notify;

import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** With the default settings, nothing is sent into Sharpend's own network. */
@SharpendIntegrationTest
class PrivateTargetRefusalIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void loopbackWebhookIsRefusedWithA400AndNothingIsStored() {
		Api admin = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		String name = "loopback " + UUID.randomUUID();

		Api.Response refused = admin.postJson("/api/v1/webhooks",
				Map.of("name", name, "url", "http://127.0.0.1:" + this.port + "/api/v1/me"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.body()).contains("loopback").contains("SHARPEND_NOTIFY_ALLOW_PRIVATE_TARGETS");
		assertThat(admin.get("/api/v1/webhooks").body()).doesNotContain(name);
	}

	@Test
	void statusPageChatAndWebhookSubscribersOnPrivateAddressesAreRefused() {
		NotifyFixtures fixtures = new NotifyFixtures(this.port);
		JsonNode page = fixtures.page("Private targets");
		for (Map<String, Object> request : new Map[] { Map.of("type", "webhook", "url", "http://localhost/hook"),
				Map.of("type", "slack", "url", "http://169.254.169.254/latest/meta-data"),
				Map.of("type", "mattermost", "url", "http://10.0.0.7/hooks/x"),
				Map.of("type", "teams", "url", "http://[::1]/x") }) {
			Api.Response refused = fixtures.api().postJson(NotifyFixtures.path(page) + "/subscribers", request);
			assertThat(refused.status()).as(request.toString()).isEqualTo(400);
			assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("target");
		}
		assertThat(fixtures.api().get(NotifyFixtures.path(page) + "/subscribers").json().get("items")).isEmpty();
	}

}
