package dev.sharpend.identity.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.identity.Roles;
import dev.sharpend.identity.User;
import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SharpendIntegrationTest
class AccountPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Roles roles;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	IdentityPages pages;

	@BeforeEach
	void fixtures() {
		this.pages = new IdentityPages(this.accounts, this.roles, this.jdbc);
	}

	@Test
	void changingThePasswordMakesTheOldOneStopWorking() {
		User user = this.pages.user("Responder");
		Api browser = Api.signedIn(this.port, user.email(), IdentityPages.PASSWORD);

		Api.Response changed = browser.submitForm("/account", "/account/password",
				Map.of("currentPassword", IdentityPages.PASSWORD, "newPassword", "the new long password",
						"repeatPassword", "the new long password"));

		assertThat(changed.status()).isEqualTo(302);
		assertThat(browser.get("/account").body()).contains("Your password is changed");
		assertThat(IdentityPages.canSignIn(this.port, user.email(), IdentityPages.PASSWORD)).isFalse();
		assertThat(IdentityPages.canSignIn(this.port, user.email(), "the new long password")).isTrue();
		this.pages.assertAudited(user.id().toString(), "user.password_changed");
	}

	@Test
	void passwordErrorsAreShownByTheirFieldAndChangeNothing() {
		User user = this.pages.user("Viewer");
		Api browser = Api.signedIn(this.port, user.email(), IdentityPages.PASSWORD);

		Api.Response wrongCurrent = browser.submitForm("/account", "/account/password", Map.of("currentPassword",
				"not my password", "newPassword", "the new long password", "repeatPassword", "the new long password"));
		Api.Response different = browser.submitForm("/account", "/account/password",
				Map.of("currentPassword", IdentityPages.PASSWORD, "newPassword", "the new long password",
						"repeatPassword", "another long password"));

		assertThat(wrongCurrent.body()).contains("id=\"currentPassword-error\">The current password is not right.");
		assertThat(different.body()).contains("id=\"repeatPassword-error\">The two new passwords are not the same.");
		assertThat(IdentityPages.canSignIn(this.port, user.email(), IdentityPages.PASSWORD)).isTrue();
	}

	@Test
	void aTokenCreatedInTheUiActsWithExactlyTheChosenPermissionsUntilRevoked() {
		User user = this.pages.user("Responder");
		Api browser = Api.signedIn(this.port, user.email(), IdentityPages.PASSWORD);

		Api.Response created = browser.submitForm("/account", "/account/tokens",
				Map.of("name", "deploy bot", "permissions", List.of("incident:read", "alert:write")));
		assertThat(created.status()).isEqualTo(302);
		String page = browser.get("/account").body();
		String value = IdentityPages.find(page, "data-token-value>(shp_[^<]+)</code>");
		String tokenId = IdentityPages.find(page, "id=\"token-([0-9a-f-]{36})\"");

		Api.Response me = Api.withToken(this.port, value).get("/api/v1/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("email").asString()).isEqualTo(user.email());
		assertThat(me.json().get("permissions").valueStream().map((p) -> p.asString())).containsExactly("alert:write",
				"incident:read");
		assertThat(browser.get("/account").body()).as("the value is shown once").doesNotContain(value);
		this.pages.assertAudited(tokenId, "token.created");

		Api.Response revoked = browser.submitForm("/account", "/account/tokens/" + tokenId + "/revoke", Map.of());
		assertThat(revoked.status()).isEqualTo(302);
		assertThat(Api.withToken(this.port, value).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(browser.get("/account").body()).contains("revoked 20");
		this.pages.assertAudited(tokenId, "token.revoked");
	}

	@Test
	void aTokenCannotBeGivenAPermissionTheUserLacks() {
		User user = this.pages.user("Viewer");
		Api browser = Api.signedIn(this.port, user.email(), IdentityPages.PASSWORD);
		assertThat(browser.get("/account").body()).contains("value=\"incident:read\"")
			.doesNotContain("value=\"user:admin\"");

		Api.Response refused = browser.submitForm("/account", "/account/tokens",
				Map.of("name", "sneaky", "permissions", List.of("incident:read", "user:admin")));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"token-permissions-error\"").contains("you do not hold [user:admin]");
		assertThat(this.tokens.ownedBy(user.id())).isEmpty();
	}

	@Test
	void aTokenWithAnExpiryDateShowsIt() {
		User user = this.pages.user("Viewer");
		Api browser = Api.signedIn(this.port, user.email(), IdentityPages.PASSWORD);

		browser.submitForm("/account", "/account/tokens",
				Map.of("name", "nightly", "permissions", List.of("incident:read"), "expiresOn", "2999-12-31"));

		assertThat(this.tokens.ownedBy(user.id())).singleElement()
			.satisfies((t) -> assertThat(t.expiresAt()).hasToString("3000-01-01T00:00:00Z"));
		assertThat(browser.get("/account").body()).contains("3000-01-01 00:00 UTC");
	}

	@Test
	void theSettingsIndexListsOnlyPagesTheUserMayUse() {
		User viewer = this.pages.user("Viewer");

		String forViewer = Api.signedIn(this.port, viewer.email(), IdentityPages.PASSWORD).get("/settings").body();

		assertThat(forViewer).contains("href=\"/account\"")
			.doesNotContain("href=\"/admin/users\"")
			.doesNotContain("href=\"/admin/audit\"");
		User admin = this.pages.user("Admin");
		String forAdmin = Api.signedIn(this.port, admin.email(), IdentityPages.PASSWORD).get("/settings").body();
		assertThat(forAdmin).contains("href=\"/admin/users\"", "href=\"/admin/roles\"", "href=\"/admin/audit\"");
	}

}
