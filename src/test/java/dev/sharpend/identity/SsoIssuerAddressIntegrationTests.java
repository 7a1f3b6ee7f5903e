package dev.sharpend.identity;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The single sign-on issuer is fetched (its discovery document, on any visitor's
 * sign-in), so it follows the same address rule as webhooks: no internal hosts unless
 * allowed.
 */
@SharpendIntegrationTest
class SsoIssuerAddressIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void anIssuerOnAnInternalAddressIsRefusedAndNothingIsStored() {
		Api admin = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		String before = admin.get("/api/v1/settings/sso").body();

		for (String issuer : new String[] { "https://169.254.169.254/latest/meta-data", "http://localhost:9/realm",
				"https://10.0.0.8/realms/corp", "https://[fd00:ec2::254]/" }) {
			Api.Response refused = admin.sendJson("PUT", "/api/v1/settings/sso",
					Map.of("issuer", issuer, "clientId", "sharpend", "clientSecret", "s", "defaultRole", "Viewer"));
			assertThat(refused.status()).as(issuer + ": " + refused).isEqualTo(400);
			assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("issuer");
			assertThat(refused.json().get("detail").asString()).contains("SHARPEND_NOTIFY_ALLOW_PRIVATE_TARGETS");
		}
		assertThat(admin.get("/api/v1/settings/sso").body()).isEqualTo(before);
	}

}
