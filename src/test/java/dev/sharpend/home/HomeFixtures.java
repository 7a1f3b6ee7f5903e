package dev.sharpend.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

import dev.sharpend.alert.AlertUiFixtures;
import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.Roles;
import dev.sharpend.identity.UserId;
import dev.sharpend.system.Permission;
import dev.sharpend.test.Api;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the start page shows, made through the APIs: incidents, alert groups from an
 * Alertmanager hook, reviews with action items, and people holding chosen permissions.
 */
final class HomeFixtures {

	/**
	 * Each new group starts earlier than every group before it, so it is among the oldest
	 * the page lists, whatever other tests left triggered.
	 */
	private static final AtomicInteger EARLIER = new AtomicInteger();

	private final Api admin;

	private final AlertUiFixtures alerts;

	HomeFixtures(int port, Accounts accounts, Roles roles) {
		this.admin = Api.withToken(port, TestKeys.ADMIN_TOKEN);
		this.alerts = new AlertUiFixtures(port, accounts, roles);
	}

	static String unique(String prefix) {
		return AlertUiFixtures.unique(prefix);
	}

	Api adminBrowser() {
		return this.alerts.adminBrowser();
	}

	/** A signed-in browser of someone whose role grants exactly these permissions. */
	Api browserWith(Permission... permissions) {
		return this.alerts.browserWith(permissions);
	}

	long declare(String title, String severity) {
		return expect(201, this.admin.postJson("/api/v1/incidents", Map.of("title", title, "severity", severity)))
			.get("number")
			.asLong();
	}

	void resolve(long incident) {
		expect(200, this.admin.sendJson("PATCH", "/api/v1/incidents/" + incident, Map.of("status", "resolved")));
	}

	/**
	 * A triggered alert group with one firing alert of this rule, started earlier than
	 * any group before it; returns its id.
	 */
	long triggeredGroup(String alertname) {
		AlertUiFixtures.Hook hook = this.alerts.alertmanager(unique("home "));
		this.alerts.deliver(hook.path(),
				List.of(Map.of("status", "firing", "fingerprint", alertname + "/a", "labels",
						Map.of("alertname", alertname, "instance", "a", "severity", "critical"), "annotations",
						Map.of("summary", alertname + " on a"), "startsAt",
						Instant.now().minus(Duration.ofHours(EARLIER.incrementAndGet())).toString(), "endsAt",
						"0001-01-01T00:00:00Z")));
		return this.alerts.groupId(alertname);
	}

	/**
	 * A status page with a component in partial outage and a maintenance two days after
	 * {@code now}; answers the page's id and the maintenance's.
	 */
	Trouble statusPageInTrouble(String name, Instant now) {
		String page = expect(201,
				this.admin.postJson("/api/v1/status-pages", Map.of("name", name, "slug", unique("home-"))))
			.get("id")
			.asString();
		String path = "/api/v1/status-pages/" + page;
		String component = expect(201, this.admin.postJson(path + "/components", Map.of("name", "Checkout"))).get("id")
			.asString();
		expect(201, this.admin.postJson(path + "/incidents", Map.of("name", "Checkout is slow", "body",
				"Looking into it.", "components", Map.of(component, "partial_outage"))));
		Instant start = now.plus(Duration.ofDays(2));
		String maintenance = expect(201,
				this.admin.postJson(path + "/maintenances",
						Map.of("name", "Database upgrade " + name, "body", "Planned.", "componentIds",
								List.of(component), "scheduledFor", start.toString(), "scheduledUntil",
								start.plus(Duration.ofHours(1)).toString())))
			.get("id")
			.asString();
		return new Trouble(page, maintenance);
	}

	/**
	 * A status page's id and its maintenance's.
	 *
	 * @param page the page
	 * @param maintenance the maintenance
	 */
	record Trouble(String page, String maintenance) {
	}

	/** A review (of the incident, or a near miss when null); returns its id. */
	long review(Long incident, String title) {
		Map<String, Object> body = new HashMap<>();
		body.put("incident", incident);
		body.put("title", title);
		return expect(201, this.admin.postJson("/api/v1/reviews", body)).get("id").asLong();
	}

	void moveReview(long review, String status) {
		expect(200, this.admin.sendJson("PATCH", "/api/v1/reviews/" + review, Map.of("status", status)));
	}

	/** An action item owned by the administrator, due on that day; returns its id. */
	long actionItem(long review, String title, LocalDate due) {
		return expect(201,
				this.admin.postJson("/api/v1/reviews/" + review + "/action-items",
						Map.of("title", title, "owner", TestKeys.ADMIN_EMAIL, "due", due.toString())))
			.get("id")
			.asLong();
	}

	/**
	 * A team with two schedules: one where these people take daily turns from
	 * {@code firstHandoff}, one with no rotation at all (nobody on call).
	 */
	String onCallTeam(String name, List<UserId> people, Instant firstHandoff) {
		String team = expect(201, this.admin.postJson("/api/v1/teams", Map.of("name", name, "timeZone", "Europe/Berlin",
				"members", people.stream().map(UserId::toString).toList())))
			.get("id")
			.asString();
		String primary = expect(201, this.admin.postJson("/api/v1/schedules", Map.of("team", team, "name", "Primary")))
			.get("id")
			.asString();
		expect(201, this.admin.postJson("/api/v1/schedules", Map.of("team", team, "name", "Secondary")));
		expect(201,
				this.admin.postJson("/api/v1/rotations", Map.of("schedule", primary, "name", "Daily", "participants",
						people.stream().map(UserId::toString).toList(), "shiftLength", 1, "shiftUnit", "days",
						"handoff", firstHandoff.toString(), "timeZone", "Europe/Berlin", "restrictions", List.of())));
		return team;
	}

	static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	/** The part of the start page with this id, up to the end of its section. */
	static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("the page has the section " + id).isNotNegative();
		return html.substring(start, html.indexOf("</section>", start));
	}

	static JsonNode expect(int status, Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		return response.json();
	}

	/**
	 * A clock that runs with real time and can be moved on, so incidents can have been
	 * resolved days ago. The integration and browser tests share it, and so one
	 * application.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class MovableTime {

		@Bean
		@Primary
		MovableClock movableClock() {
			return MovableClock.ticking();
		}

	}

}
