package dev.sharpend.identity.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.Role;
import dev.sharpend.identity.RoleId;
import dev.sharpend.identity.Roles;
import dev.sharpend.identity.User;
import dev.sharpend.test.Api;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fixtures for the identity page tests: users with a role, page scraping, audit checks.
 */
final class IdentityPages {

	static final String PASSWORD = "a long enough password";

	private final Accounts accounts;

	private final Roles roles;

	private final JdbcClient jdbc;

	IdentityPages(Accounts accounts, Roles roles, JdbcClient jdbc) {
		this.accounts = accounts;
		this.roles = roles;
		this.jdbc = jdbc;
	}

	static String uniqueEmail(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
	}

	RoleId role(String name) {
		return this.roles.all().stream().filter((r) -> r.name().equals(name)).map(Role::id).findFirst().orElseThrow();
	}

	User user(String roleName) {
		return this.accounts
			.create(new Accounts.NewUser(uniqueEmail(roleName.toLowerCase()), null, PASSWORD, role(roleName)), "test");
	}

	User byEmail(String email) {
		return this.accounts.users().stream().filter((u) -> u.email().equals(email)).findFirst().orElseThrow();
	}

	/** The audit actions recorded for a target, oldest first. */
	List<String> auditActions(String targetId) {
		return this.jdbc.sql("select action from audit_event where target_id = :id order by id")
			.param("id", targetId)
			.query(String.class)
			.list();
	}

	void assertAudited(String targetId, String action) {
		assertThat(auditActions(targetId)).as("audit events of " + targetId).contains(action);
	}

	static String find(String body, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(body);
		assertThat(matcher.find()).as("page contains " + regex).isTrue();
		return matcher.group(1);
	}

	static boolean canSignIn(int port, String email, String password) {
		Api.Response login = Api.anonymous(port)
			.submitForm("/login", "/login", java.util.Map.of("email", email, "password", password));
		return login.status() == 302 && !login.header("Location").contains("error");
	}

}
