package dev.sharpend.identity.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.Roles;
import dev.sharpend.identity.User;
import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SharpendIntegrationTest
class AdminPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Roles roles;

	@Autowired
	JdbcClient jdbc;

	IdentityPages pages;

	Api admin;

	@BeforeEach
	void fixtures() {
		this.pages = new IdentityPages(this.accounts, this.roles, this.jdbc);
		this.admin = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
	}

	@Test
	void anAdministratorCreatesAUserWhoCanSignInAtOnce() {
		String email = IdentityPages.uniqueEmail("created");

		Api.Response created = this.admin.submitForm("/admin/users", "/admin/users", Map.of("email", email,
				"displayName", "Grace", "password", IdentityPages.PASSWORD, "role", role("Responder")));

		assertThat(created.status()).isEqualTo(302);
		assertThat(this.admin.get("/admin/users").body()).contains(email).contains("can sign in now");
		assertThat(IdentityPages.canSignIn(this.port, email, IdentityPages.PASSWORD)).isTrue();
		User user = this.pages.byEmail(email);
		assertThat(this.accounts.roleName(user.roleId())).isEqualTo("Responder");
		this.pages.assertAudited(user.id().toString(), "user.created");
	}

	@Test
	void createErrorsAreShownByTheirField() {
		Api.Response refused = this.admin.submitForm("/admin/users", "/admin/users",
				Map.of("email", "not an address", "password", IdentityPages.PASSWORD, "role", role("Viewer")));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"create-email-error\">Enter an e-mail address");
	}

	@Test
	void anInvitedUserSetsTheirPasswordOnceThroughTheLink() {
		String email = IdentityPages.uniqueEmail("invited");

		Api.Response invited = this.admin.submitForm("/admin/users", "/admin/users/invite",
				Map.of("email", email, "role", role("Viewer")));
		assertThat(invited.status()).isEqualTo(302);
		String link = IdentityPages.find(this.admin.get("/admin/users").body(),
				"data-invitation-link>http://localhost:\\d+(/invitations/inv_[^<]+)</code>");
		assertThat(this.admin.get("/admin/users").body()).as("the link is shown once").doesNotContain(link);
		assertThat(IdentityPages.canSignIn(this.port, email, IdentityPages.PASSWORD)).isFalse();

		Api visitor = Api.anonymous(this.port);
		Api.Response accepted = visitor.submitForm(link, link,
				Map.of("password", IdentityPages.PASSWORD, "repeatPassword", IdentityPages.PASSWORD));
		assertThat(accepted.status()).isEqualTo(302);
		assertThat(accepted.header("Location")).endsWith("/login?passwordSet");
		assertThat(IdentityPages.canSignIn(this.port, email, IdentityPages.PASSWORD)).isTrue();

		assertThat(visitor.get(link).body()).contains("expired or was already used");
		Api.Response again = Api.anonymous(this.port)
			.submitForm("/login", link,
					Map.of("password", "someone else's password", "repeatPassword", "someone else's password"));
		assertThat(again.status()).isEqualTo(200);
		assertThat(IdentityPages.canSignIn(this.port, email, "someone else's password")).isFalse();
		String id = this.pages.byEmail(email).id().toString();
		assertThat(this.pages.auditActions(id)).contains("user.invited", "user.invitation_accepted");
	}

	@Test
	void deactivatingAUserEndsTheirSessionAtOnceAndStopsSignIn() {
		User user = this.pages.user("Responder");
		Api session = Api.signedIn(this.port, user.email(), IdentityPages.PASSWORD);
		assertThat(session.get("/account").status()).isEqualTo(200);

		Api.Response deactivated = this.admin.submitForm("/admin/users", "/admin/users/" + user.id() + "/deactivate",
				Map.of());

		assertThat(deactivated.status()).isEqualTo(302);
		Api.Response afterwards = session.get("/account");
		assertThat(afterwards.status()).isEqualTo(302);
		assertThat(afterwards.header("Location")).endsWith("/login");
		assertThat(IdentityPages.canSignIn(this.port, user.email(), IdentityPages.PASSWORD)).isFalse();
		assertThat(this.admin.get("/admin/users").body()).contains("is deactivated");
		this.pages.assertAudited(user.id().toString(), "user.deactivated");

		this.admin.submitForm("/admin/users", "/admin/users/" + user.id() + "/reactivate", Map.of());
		assertThat(IdentityPages.canSignIn(this.port, user.email(), IdentityPages.PASSWORD)).isTrue();
		this.pages.assertAudited(user.id().toString(), "user.reactivated");
	}

	@Test
	void anAdministratorCannotDeactivateThemselvesAndIsToldWhy() {
		String self = this.pages.byEmail(TestKeys.ADMIN_EMAIL).id().toString();

		this.admin.submitForm("/admin/users", "/admin/users/" + self + "/deactivate", Map.of());

		assertThat(this.admin.get("/admin/users").body()).contains("You cannot deactivate yourself");
		assertThat(IdentityPages.canSignIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD)).isTrue();
	}

	@Test
	void aRoleChangeAppliesToTheUsersNextRequest() {
		User user = this.pages.user("Viewer");
		Api session = Api.signedIn(this.port, user.email(), IdentityPages.PASSWORD);
		assertThat(session.get("/admin/users").status()).isEqualTo(403);

		this.admin.submitForm("/admin/users", "/admin/users/" + user.id() + "/role", Map.of("role", role("Admin")));

		assertThat(session.get("/admin/users").status()).isEqualTo(200);
		this.pages.assertAudited(user.id().toString(), "user.role_changed");
	}

	@Test
	void someoneWithoutUserAdminIsRefusedTheAdministrationPages() {
		User user = this.pages.user("Communicator");
		Api session = Api.signedIn(this.port, user.email(), IdentityPages.PASSWORD);

		assertThat(session.get("/admin/users").status()).isEqualTo(403);
		assertThat(session.get("/admin/roles").status()).isEqualTo(403);
		assertThat(session.get("/admin/roles/" + role("Viewer")).status()).isEqualTo(403);
		assertThat(session
			.submitForm("/account", "/admin/users", Map.of("email", IdentityPages.uniqueEmail("x"), "password",
					IdentityPages.PASSWORD, "role", role("Admin")))
			.status()).isEqualTo(403);
		assertThat(session.submitForm("/account", "/admin/users/" + user.id() + "/role", Map.of("role", role("Admin")))
			.status()).isEqualTo(403);
	}

	@Test
	void anAdministratorCreatesAndEditsARole() {
		String name = "On-call " + IdentityPages.uniqueEmail("r").substring(2, 10);

		Api.Response created = this.admin.submitForm("/admin/roles", "/admin/roles",
				Map.of("name", name, "description", "First line", "permissions", List.of("incident:read")));
		assertThat(created.status()).isEqualTo(302);
		String id = this.pages.role(name).toString();
		assertThat(this.admin.get("/admin/roles/" + id).body()).contains("value=\"incident:read\" checked")
			.contains("Read incidents and their timelines.");

		Api.Response edited = this.admin.submitForm("/admin/roles/" + id, "/admin/roles/" + id, Map.of("name", name,
				"description", "First line", "permissions", List.of("incident:read", "incident:write")));

		assertThat(edited.status()).isEqualTo(302);
		assertThat(this.roles.require(this.pages.role(name)).permissions()).extracting((p) -> p.code())
			.containsExactlyInAnyOrder("incident:read", "incident:write");
		assertThat(this.pages.auditActions(id)).contains("role.created", "role.changed");
	}

	@Test
	void roleErrorsAreShownByTheirField() {
		Api.Response refused = this.admin.submitForm("/admin/roles", "/admin/roles",
				Map.of("name", "Viewer", "permissions", List.of("incident:read")));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"role-name-error\">A role named Viewer exists already.");
	}

	@Test
	void anUnknownUserOrRoleIsAPageNotFoundInTheLayout() {
		Api.Response user = this.admin.submitForm("/admin/users",
				"/admin/users/" + java.util.UUID.randomUUID() + "/deactivate", Map.of());
		Api.Response role = this.admin.get("/admin/roles/not-a-role");

		assertThat(user.status()).isEqualTo(404);
		assertThat(user.body()).contains("There is no such user.").contains("Sign out");
		assertThat(role.status()).isEqualTo(404);
		assertThat(role.body()).contains("There is no such role.");
	}

	private String role(String name) {
		return this.pages.role(name).toString();
	}

}
