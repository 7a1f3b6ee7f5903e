package dev.sharpend.alert;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.Role;
import dev.sharpend.identity.Roles;
import dev.sharpend.system.Permission;
import dev.sharpend.test.Api;
import dev.sharpend.test.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fixtures for the alert pages: integrations and deliveries through the real intake, and
 * signed-in people with a chosen role.
 */
public final class AlertUiFixtures {

	public static final String PASSWORD = "a long enough password";

	private final int port;

	private final Accounts accounts;

	private final Roles roles;

	public AlertUiFixtures(int port, Accounts accounts, Roles roles) {
		this.port = port;
		this.accounts = accounts;
		this.roles = roles;
	}

	public static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	public Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

	public Api adminBrowser() {
		return Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
	}

	/** A signed-in browser of someone whose role grants exactly these permissions. */
	public Api browserWith(Permission... permissions) {
		Role role = this.roles.create(unique("role-"), "test", Set.of(permissions));
		String email = unique("person-") + "@example.test";
		this.accounts.create(new Accounts.NewUser(email, null, PASSWORD, role.id()), "test");
		return Api.signedIn(this.port, email, PASSWORD);
	}

	/**
	 * Creates an Alertmanager integration through the API; answers its id and hook path.
	 */
	public Hook alertmanager(String name) {
		JsonNode created = admin()
			.postJson("/api/v1/integrations",
					Map.of("name", name, "type", "alertmanager", "groupBy", List.of("alertname")))
			.json();
		return new Hook(created.get("id").asString(), "/hooks/alertmanager/" + created.get("key").asString());
	}

	/** Delivers alerts as Alertmanager does. */
	public void deliver(String hook, List<Map<String, Object>> alerts) {
		Api.Response response = Api.anonymous(this.port)
			.postJson(hook, Map.of("version", "4", "status", "firing", "alerts", alerts));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	public static Map<String, Object> alert(String name, String instance, String status) {
		return Map.of("status", status, "fingerprint", name + "/" + instance, "labels",
				Map.of("alertname", name, "instance", instance, "severity", "critical"), "annotations",
				Map.of("summary", name + " on " + instance, "runbook", "Check the disk."), "startsAt",
				"2026-11-24T10:00:00Z", "endsAt",
				"resolved".equals(status) ? "2026-11-24T10:05:00Z" : "0001-01-01T00:00:00Z", "generatorURL",
				"http://prometheus.example/graph?g0.expr=up");
	}

	/** The id of the newest group with this alertname. */
	public long groupId(String alertname) {
		return admin().get("/api/v1/alert-groups?size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((g) -> g.get("groupKey").asString().equals("alertname=" + alertname))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no group for " + alertname))
			.get("id")
			.asLong();
	}

	public static String csrf(String html) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("a form with a CSRF token").isTrue();
		return matcher.group(1);
	}

	/**
	 * An integration's id and the path its source posts to.
	 *
	 * @param id the integration id
	 * @param path the hook path with the key
	 */
	public record Hook(String id, String path) {
	}

}
