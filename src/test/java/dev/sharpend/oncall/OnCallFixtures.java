package dev.sharpend.oncall;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.identity.RoleId;
import dev.sharpend.identity.User;
import dev.sharpend.system.Permission;
import dev.sharpend.test.Api;
import dev.sharpend.test.TestKeys;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** People, teams and schedules for on-call tests, made through the API. */
final class OnCallFixtures {

	static final String PASSWORD = "a long enough test password";

	static final RoleId RESPONDER = new RoleId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

	private final int port;

	private final Accounts accounts;

	private final ApiTokens tokens;

	OnCallFixtures(int port, Accounts accounts, ApiTokens tokens) {
		this.port = port;
		this.accounts = accounts;
		this.tokens = tokens;
	}

	/** The fixtures of the running application a test was given. */
	static OnCallFixtures of(int port, ApplicationContext application) {
		return new OnCallFixtures(port, application.getBean(Accounts.class), application.getBean(ApiTokens.class));
	}

	Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

	/** A responder with a unique e-mail address and the given display name. */
	User person(String name) {
		String email = name.toLowerCase() + "-" + suffix() + "@example.test";
		return this.accounts.create(new Accounts.NewUser(email, name, PASSWORD, RESPONDER), "test");
	}

	/** An API client for a responder, holding only the on-call permissions. */
	Api responder() {
		return api(person("Responder"), EnumSet.of(Permission.ONCALL_READ, Permission.ONCALL_WRITE));
	}

	/** An API client for the person, holding only these permissions. */
	Api api(User user, Set<Permission> permissions) {
		return Api.withToken(this.port, this.tokens.create(user::id, "on-call test", permissions, null).value());
	}

	static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	static JsonNode expect(int status, Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		return (response.body().isEmpty()) ? null : response.json();
	}

	static String team(Api api, String zone, List<User> members) {
		return expect(201, api.postJson("/api/v1/teams", Map.of("name", "Team " + suffix(), "timeZone", zone, "members",
				members.stream().map((u) -> u.id().toString()).toList())))
			.get("id")
			.asString();
	}

	static String schedule(Api api, String team, String name) {
		return expect(201, api.postJson("/api/v1/schedules", Map.of("team", team, "name", name))).get("id").asString();
	}

}
