package dev.sharpend.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.sharpend.system.SharpendProperties;
import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestDatabase;
import dev.sharpend.test.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Looks for secrets where an attacker with a copy of the database would: in the H2 file,
 * or in a {@code pg_dump} of the PostgreSQL database.
 */
@SharpendIntegrationTest
class SecretScanIntegrationTests {

	@Autowired
	Secrets secrets;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SharpendProperties properties;

	@LocalServerPort
	int port;

	@Test
	void storedSecretsTokenValuesAndTheMasterKeyAreNowhereInTheRawDatabase() throws Exception {
		String unique = UUID.randomUUID().toString().replace("-", "");
		String visiblePurpose = "scan.probe-" + unique;
		List<String> plaintexts = List.of("smtp-password-" + unique, "oidc-client-secret-" + unique,
				"whsec_webhook-signing-" + unique, "xoxb-chat-token-" + unique);
		for (String plaintext : plaintexts) {
			this.secrets.seal(visiblePurpose, plaintext);
		}
		List<String> tokens = List.of(createToken("scan token one " + unique), createToken("scan token two " + unique));
		String ssoClientSecret = "sso-ui-client-secret-" + unique;
		saveSingleSignOnSettings(ssoClientSecret);

		byte[] raw = rawDatabase();
		byte[] masterKey = Base64.getDecoder().decode(masterKeyBase64().strip());

		assertThat(contains(raw, visiblePurpose)).as("the scan finds a stored non-secret value").isTrue();
		for (String plaintext : plaintexts) {
			assertThat(contains(raw, plaintext)).as("secret %s in the raw database", plaintext).isFalse();
			assertThat(contains(raw, hex(plaintext.getBytes(StandardCharsets.UTF_8)))).isFalse();
		}
		for (String token : tokens) {
			assertThat(contains(raw, token)).as("token value in the raw database").isFalse();
			assertThat(contains(raw, token.substring(4))).as("token value without prefix").isFalse();
		}
		assertThat(contains(raw, "sso-ui-client-id-" + unique)).as("the scan finds the stored client id").isTrue();
		assertThat(contains(raw, ssoClientSecret)).as("single sign-on client secret saved in the UI").isFalse();
		assertThat(contains(raw, hex(ssoClientSecret.getBytes(StandardCharsets.UTF_8)))).isFalse();
		assertThat(contains(raw, masterKeyBase64().strip())).as("master key (base64)").isFalse();
		assertThat(contains(raw, hex(masterKey))).as("master key (hex)").isFalse();
		assertThat(indexOf(raw, masterKey)).as("master key (raw bytes)").isNegative();
		assertThat(this.secrets.open(this.secrets.seal(visiblePurpose, plaintexts.get(0))))
			.as("the secrets are still readable")
			.isEqualTo(plaintexts.get(0));
	}

	private String createToken(String name) {
		Api.Response response = Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.postJson("/api/v1/tokens", Map.of("name", name, "permissions", List.of("incident:read")));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		String token = response.json().get("token").asString();
		assertThat(token).hasSizeGreaterThan(20);
		assertThat(Api.withToken(this.port, token).get("/api/v1/me").status()).isEqualTo(200);
		return token;
	}

	private void saveSingleSignOnSettings(String clientSecret) {
		String clientId = "sso-ui-client-id-" + clientSecret.substring("sso-ui-client-secret-".length());
		Api admin = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		Api.Response saved = admin.sendJson("PUT", "/api/v1/settings/sso", Map.of("issuer", "https://id.example.test",
				"clientId", clientId, "clientSecret", clientSecret, "defaultRole", "Viewer", "enabled", false));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.json().get("clientSecretSet").asBoolean()).isTrue();
		assertThat(saved.body()).doesNotContain(clientSecret);
	}

	@AfterEach
	void removeSingleSignOnSettings() {
		Api.withToken(this.port, TestKeys.ADMIN_TOKEN).delete("/api/v1/settings/sso");
	}

	private byte[] rawDatabase() throws IOException, InterruptedException {
		if (TestDatabase.postgres()) {
			return pgDump();
		}
		this.jdbc.sql("checkpoint sync").update();
		return Files.readAllBytes(this.properties.dataDir().resolve("db").resolve("sharpend.mv.db"));
	}

	private byte[] pgDump() throws IOException, InterruptedException {
		SharpendProperties.Database database = this.properties.database();
		ProcessBuilder builder = new ProcessBuilder("/usr/bin/pg_dump", "--no-owner",
				"--dbname=" + database.url().substring("jdbc:".length()), "--username=" + database.username());
		builder.environment().put("PGPASSWORD", database.password());
		builder.redirectError(ProcessBuilder.Redirect.INHERIT);
		Process process = builder.start();
		byte[] dump = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as("pg_dump exit code").isZero();
		return dump;
	}

	private String masterKeyBase64() throws IOException {
		if (TestDatabase.postgres()) {
			return TestKeys.MASTER_KEY;
		}
		return Files.readString(this.properties.dataDir().resolve(MasterKeys.FILE_NAME));
	}

	private static boolean contains(byte[] haystack, String needle) {
		List<byte[]> forms = new ArrayList<>();
		forms.add(needle.getBytes(StandardCharsets.UTF_8));
		forms.add(needle.toUpperCase().getBytes(StandardCharsets.UTF_8));
		return forms.stream().anyMatch((form) -> indexOf(haystack, form) >= 0);
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

}
