package dev.sharpend.oncall;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.User;
import dev.sharpend.identity.UserId;
import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.TestKeys;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People, policies and routed integrations for paging tests; alerts sent through the
 * Alertmanager webhook as Alertmanager sends them.
 */
final class PagingFixtures {

	private final int port;

	private final Accounts accounts;

	private final Teams teams;

	private final EscalationPolicyRepository policies;

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * Mail domain of this test's people, so a mail server's inbox can tell them apart.
	 */
	final String domain = "p" + OnCallFixtures.suffix() + ".example.com";

	PagingFixtures(int port, Accounts accounts, Teams teams, EscalationPolicyRepository policies, JdbcClient jdbc,
			Clock clock) {
		this.port = port;
		this.accounts = accounts;
		this.teams = teams;
		this.policies = policies;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The fixtures of the running application a test was given. */
	static PagingFixtures of(int port, ApplicationContext application) {
		return new PagingFixtures(port, application.getBean(Accounts.class), application.getBean(Teams.class),
				application.getBean(EscalationPolicyRepository.class), application.getBean(JdbcClient.class),
				application.getBean(Clock.class));
	}

	/**
	 * Pages mailed through the test's server, and an Alertmanager integration routed to a
	 * policy that pages Alice Smith, then Bob Jones after the delay.
	 */
	AliceThenBob aliceThenBob(GreenMailExtension smtp, Duration delay) {
		mailThrough(smtp);
		User alice = person("Alice Smith");
		User bob = person("Bob Jones");
		PolicyId policy = policy(delay, List.of(List.of(alice), List.of(bob)));
		return new AliceThenBob(alice, bob, policy, routedTo(policy));
	}

	User person(String name) {
		String email = name.toLowerCase().replace(' ', '.') + "@" + this.domain;
		return this.accounts
			.create(new Accounts.NewUser(email, name, OnCallFixtures.PASSWORD, OnCallFixtures.RESPONDER), "test");
	}

	/** A policy of one team whose steps page these people, one step each. */
	PolicyId policy(Duration delay, List<List<User>> steps) {
		List<UserId> members = steps.stream().flatMap(List::stream).map(User::id).distinct().toList();
		Team team = this.teams.create("Paging " + OnCallFixtures.suffix(), "UTC", members);
		List<EscalationStep> escalation = new ArrayList<>();
		for (List<User> step : steps) {
			escalation.add(new EscalationStep(delay,
					step.stream().map((u) -> new EscalationTarget(TargetKind.USER, u.id().value())).toList(), false));
		}
		PolicyId id = new PolicyId(UUID.randomUUID());
		this.policies.save(new EscalationPolicy(id, team.id(), "Policy " + OnCallFixtures.suffix(), 0, escalation),
				this.clock.instant());
		return id;
	}

	/** An Alertmanager integration grouping by alert name, routed to the policy. */
	Hook routedTo(PolicyId policy) {
		JsonNode created = Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.postJson("/api/v1/integrations",
					Map.of("name", "paging " + OnCallFixtures.suffix(), "type", "alertmanager", "groupBy",
							List.of("alertname")))
			.json();
		UUID id = UUID.fromString(created.get("id").asString());
		this.policies.replaceRoutes(id, List.of(new Route(id, "", policy, Urgency.HIGH)));
		return new Hook(id, "/hooks/alertmanager/" + created.get("key").asString());
	}

	/** Fires alerts, each given as alert name and instance, in one delivery. */
	void fire(Hook hook, List<String[]> alerts) {
		List<Map<String, Object>> body = alerts.stream()
			.map((a) -> Map.<String, Object>of("status", "firing", "fingerprint", a[0] + "/" + a[1], "labels",
					Map.of("alertname", a[0], "instance", a[1]), "annotations", Map.of("summary", a[0] + " on " + a[1]),
					"startsAt", "2026-11-24T10:00:00Z", "endsAt", "0001-01-01T00:00:00Z"))
			.toList();
		Api.Response response = Api.anonymous(this.port)
			.postJson(hook.path(), Map.of("version", "4", "status", "firing", "alerts", body));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	void fire(Hook hook, String alertname) {
		fire(hook, List.<String[]>of(new String[] { alertname, "a" }));
	}

	long group(Hook hook, String alertname) {
		return this.jdbc.sql("select id from alert_group where integration_id = :i and group_key = :k")
			.param("i", hook.integration())
			.param("k", "alertname=" + alertname)
			.query(Long.class)
			.single();
	}

	/** Pages of the group, as {@code name/step}. */
	List<String> pages(long group) {
		return this.jdbc.sql("""
				select p.user_id, p.step from oncall_page p where p.group_id = :g order by p.step, p.user_id""")
			.param("g", group)
			.query((rs, n) -> this.accounts.require(new UserId(rs.getObject(1, UUID.class))).displayName() + "/"
					+ (rs.getInt(2) + 1))
			.list();
	}

	/** The state of the group's escalation: running, acknowledged, resolved and so on. */
	String escalation(long group) {
		return this.jdbc.sql("select state from oncall_escalation_run where group_id = :g")
			.param("g", group)
			.query(String.class)
			.single();
	}

	/** Points Sharpend's SMTP settings at the test's mail server. */
	void mailThrough(GreenMailExtension smtp) {
		Api.Response saved = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD)
			.submitForm("/admin/smtp", "/admin/smtp", Map.of("host", "127.0.0.1", "port", smtp.getSmtp().getPort(),
					"from", "pager@example.com", "username", "pager", "password", "pager-pass"));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		smtp.setUser("pager", "pager-pass");
	}

	/** The group's status as the API shows it. */
	String status(long group) {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.get("/api/v1/alert-groups/" + group)
			.json()
			.get("status")
			.asString();
	}

	/** The paging panel of the group's page, with white space collapsed. */
	String panel(long group) {
		Api.Response panel = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD)
			.getWithHeaders("/oncall/alert-groups/" + group + "/paging", Map.of("HX-Request", "true"));
		assertThat(panel.status()).as(panel.toString()).isEqualTo(200);
		return panel.body().replaceAll("\\s+", " ");
	}

	/** The person's mails, once at least this many arrived. */
	static List<MimeMessage> mails(GreenMailExtension smtp, User person, int atLeast) {
		Eventually.await(atLeast + " mail(s) for " + person.email(),
				() -> smtp.getReceivedMessagesForDomain(person.email()).length >= atLeast);
		return List.of(smtp.getReceivedMessagesForDomain(person.email()));
	}

	/** Pages the person received, over all groups and steps. */
	int pagesOf(User person) {
		return this.jdbc.sql("select count(*) from oncall_page where user_id = :u")
			.param("u", person.id().value())
			.query(Integer.class)
			.single();
	}

	/** Page mails queued in the outbox for the person. */
	int outboxOf(User person) {
		return this.jdbc.sql("select count(*) from notify_delivery where target = :to and event = :event")
			.param("event", dev.sharpend.notify.PageDeliveries.PAGE_EVENT)
			.param("to", person.email())
			.query(Integer.class)
			.single();
	}

	record Hook(UUID integration, String path) {
	}

	/**
	 * Two people paged one after the other, and where their alerts arrive.
	 *
	 * @param alice paged at step 1
	 * @param bob paged at step 2
	 * @param policy the policy paging them
	 * @param hook the integration routed to it
	 */
	record AliceThenBob(User alice, User bob, PolicyId policy, Hook hook) {
	}

}
