package dev.sharpend.identity;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import testsupport.oidc.Browser;
import testsupport.oidc.OidcProvider;
import testsupport.oidc.OidcProvider.Person;
import tools.jackson.databind.JsonNode;

import dev.sharpend.audit.AuditEvent;
import dev.sharpend.audit.AuditFilter;
import dev.sharpend.audit.AuditLog;
import dev.sharpend.test.Api;
import dev.sharpend.test.LoopbackIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators set up single sign-on on {@code /admin/sso} (or through the API), and it
 * works against a real OpenID provider with the client secret they stored.
 */
// The test provider runs on localhost, an internal address.
@LoopbackIntegrationTest
class SsoSettingsIntegrationTests {

	static final OidcProvider provider = OidcProvider
		.start(List.of(new Person("sam", "sam.settings@corp.test", true, "Sam Settings"),
				new Person("rita", "rita.responder@corp.test", true, "Rita Responder"),
				new Person("wanda", "wanda.wrongsecret@corp.test", true, "Wanda Wrong")));

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	SingleSignOnSettings settings;

	@AfterAll
	static void stopProvider() {
		provider.close();
	}

	@AfterEach
	void removeStoredSettings() {
		this.settings.remove();
	}

	@Test
	void settingsSavedInThePageMakeSingleSignOnWorkWithTheStoredSecret() {
		Api admin = admin();

		Api.Response saved = admin.submitForm("/admin/sso", "/admin/sso",
				form(provider.issuer(), OidcProvider.CLIENT_SECRET, "Responder", "Sign in with Test ID"));

		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		assertThat(saved.header("Location")).endsWith("/admin/sso");
		String page = admin.get("/admin/sso").body();
		assertThat(page)
			.contains("Single sign-on settings saved", "stored — leave empty to keep", "/login/oauth2/code/oidc",
					provider.issuer())
			.doesNotContain(OidcProvider.CLIENT_SECRET);
		assertThat(Api.anonymous(this.port).get("/login").body()).contains("Sign in with Test ID");
		HttpResponse<String> landed = new Browser().signInWithSingleSignOn(base(), "rita");
		assertThat(landed.headers().firstValue("Location")).hasValue(base() + "/home");
		User rita = user("rita.responder@corp.test");
		assertThat(this.accounts.roleName(rita.roleId())).isEqualTo("Responder");
	}

	@Test
	void savingWithAnEmptySecretFieldKeepsTheStoredSecret() {
		Api admin = admin();
		admin.submitForm("/admin/sso", "/admin/sso", form(provider.issuer(), OidcProvider.CLIENT_SECRET, "Viewer", ""));

		Api.Response saved = admin.submitForm("/admin/sso", "/admin/sso",
				form(provider.issuer(), "", "Viewer", "Corp sign-in"));

		assertThat(saved.status()).isEqualTo(302);
		assertThat(this.settings.overview().clientSecretSet()).isTrue();
		assertThat(new Browser().signInWithSingleSignOn(base(), "sam").headers().firstValue("Location"))
			.hasValue(base() + "/home");
	}

	@Test
	void wrongStoredSecretEndsOnTheSignInPageWithAnExplanation() {
		admin().submitForm("/admin/sso", "/admin/sso", form(provider.issuer(), "not-the-secret", "Viewer", ""));
		Browser browser = new Browser();

		HttpResponse<String> landed = browser.signInWithSingleSignOn(base(), "wanda");

		assertThat(landed.headers().firstValue("Location")).hasValue(base() + "/login?sso=client_rejected");
		assertThat(browser.get(URI.create(base() + "/login?sso=client_rejected")).body())
			.contains("did not accept Sharpend&#39;s client id or client secret");
		assertThat(this.accounts.users()).noneMatch((u) -> u.email().equals("wanda.wrongsecret@corp.test"));
	}

	@Test
	void badIssuerIsRejectedByTheFieldAndNothingIsStored() {
		Api admin = admin();

		Api.Response page = admin.submitForm("/admin/sso", "/admin/sso",
				form("http://id.example.com", "some-secret", "Viewer", ""));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Nothing was saved", "id=\"issuer-error\"",
				"The issuer must be an https:// URL", "aria-invalid=\"true\"");
		Api.Response api = Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.sendJson("PUT", "/api/v1/settings/sso", Map.of("issuer", "ftp://id.example.com", "clientId", "sharpend",
					"clientSecret", "some-secret", "defaultRole", "No Such Role"));
		assertThat(api.status()).isEqualTo(400);
		assertThat(api.header("Content-Type")).startsWith("application/problem+json");
		assertThat(api.json().get("errors").findValuesAsString("field")).containsExactly("issuer", "defaultRole");
		assertThat(this.settings.overview().source()).isEqualTo(SingleSignOnSettings.Source.NONE);
	}

	@Test
	void apiKeepsTheSecretWriteOnlyAndAuditsChangesWithoutIt() {
		String secret = "api-client-secret-" + UUID.randomUUID();
		Api api = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);

		Api.Response put = api.sendJson("PUT", "/api/v1/settings/sso", Map.of("issuer", "https://id.example.com",
				"clientId", "sharpend", "clientSecret", secret, "defaultRole", "communicator"));
		Api.Response changed = api.sendJson("PUT", "/api/v1/settings/sso",
				Map.of("issuer", "https://id.example.com", "clientId", "sharpend-2", "clientSecret", secret + "-2",
						"defaultRole", "Communicator", "enabled", false));

		assertThat(put.status()).as(put.toString()).isEqualTo(200);
		assertThat(changed.status()).isEqualTo(200);
		JsonNode read = api.get("/api/v1/settings/sso").json();
		assertThat(read.get("source").asString()).isEqualTo("stored");
		assertThat(read.get("clientSecretSet").asBoolean()).isTrue();
		assertThat(read.get("enabled").asBoolean()).isFalse();
		assertThat(read.get("defaultRole").asString()).isEqualTo("Communicator");
		assertThat(read.get("updatedBy").asString()).isEqualTo(TestKeys.ADMIN_EMAIL);
		assertThat(read.toString()).doesNotContain(secret).doesNotContain("\"clientSecret\"");
		List<AuditEvent> events = this.audit.find(AuditFilter.action("sso-settings."), 0, 2);
		assertThat(events.get(0).summary()).isEqualTo("enabled=false, clientId=sharpend-2; client secret changed");
		assertThat(events.get(1).summary()).contains("issuer=https://id.example.com", "client secret set");
		assertThat(this.audit.find(AuditFilter.none(), 0, 200))
			.noneMatch((event) -> String.valueOf(event.summary()).contains(secret));
	}

	@Test
	void removingStoredSettingsFallsBackToTheEnvironment() {
		Api admin = admin();
		admin.submitForm("/admin/sso", "/admin/sso",
				form(provider.issuer(), OidcProvider.CLIENT_SECRET, "Viewer", "Sign in with Test ID"));

		Api.Response removed = admin.submitForm("/admin/sso", "/admin/sso/remove", Map.of());

		assertThat(removed.status()).isEqualTo(302);
		assertThat(admin.get("/admin/sso").body()).contains("Stored single sign-on settings removed",
				"Single sign-on is off");
		assertThat(Api.anonymous(this.port).get("/login").body()).doesNotContain("/oauth2/authorization/oidc");
		assertThat(this.audit.find(AuditFilter.action("sso-settings.removed"), 0, 1)).singleElement()
			.satisfies((event) -> assertThat(event.summary()).contains("the environment's settings apply"));
	}

	@Test
	void peopleWithoutSettingsAdminAreRefused() {
		String email = "viewer-" + UUID.randomUUID() + "@sharpend.test";
		this.accounts.create(new Accounts.NewUser(email, null, "a long enough password", RoleId.VIEWER), "direct");
		Api viewer = Api.signedIn(this.port, email, "a long enough password");

		assertThat(viewer.get("/admin/sso").status()).isEqualTo(403);
		assertThat(viewer.submitForm("/", "/admin/sso", form("https://id.example.com", "s", "Viewer", "")).status())
			.isEqualTo(403);
		assertThat(this.settings.overview().source()).isEqualTo(SingleSignOnSettings.Source.NONE);
	}

	private Api admin() {
		return Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
	}

	private static Map<String, String> form(String issuer, String secret, String role, String label) {
		Map<String, String> form = new HashMap<>();
		form.put("enabled", "true");
		form.put("issuer", issuer);
		form.put("clientId", OidcProvider.CLIENT_ID);
		form.put("clientSecret", secret);
		form.put("defaultRole", role);
		form.put("label", label);
		return form;
	}

	private String base() {
		// The provider accepts any port for a loopback address, not for "localhost".
		return "http://127.0.0.1:" + this.port;
	}

	private User user(String email) {
		return this.accounts.users()
			.stream()
			.filter((u) -> u.email().equalsIgnoreCase(email))
			.findFirst()
			.orElseThrow();
	}

}
