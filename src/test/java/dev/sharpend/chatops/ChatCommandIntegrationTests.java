package dev.sharpend.chatops;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slash commands from Slack and Mattermost, verified and carried out as the linked user.
 */
@SharpendIntegrationTest
class ChatCommandIntegrationTests {

	private static final Pattern REFERENCE = Pattern.compile("INC-(\\d+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ChatFixtures chat;

	String user;

	@BeforeEach
	void setUp() {
		this.chat = new ChatFixtures(this.port);
		this.user = "ada" + UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void linkedMattermostUserDeclaresNotesAndResolvesAnIncidentRecordedAsThemAndAudited() {
		String token = "mm-token-" + UUID.randomUUID();
		JsonNode mattermost = this.chat.integration("mattermost", token);
		this.chat.link(mattermost, "id-" + this.user, TestKeys.ADMIN_EMAIL);

		Api.Response declared = this.chat.mattermost(token, this.user, "incident declare Checkout is slow");

		assertThat(declared.status()).as(declared.toString()).isEqualTo(200);
		assertThat(declared.header("Content-Type")).startsWith("application/json");
		assertThat(declared.json().get("response_type").asString()).isEqualTo("in_channel");
		assertThat(declared.json().get("text").asString()).contains(this.user + " declared INC-")
			.contains("Checkout is slow")
			.contains("http://localhost:" + this.port + "/response/incidents/");
		long number = number(declared);
		assertThat(this.chat.incident(number).get("declaredBy").asString()).isEqualTo(TestKeys.ADMIN_EMAIL);

		Api.Response noted = this.chat.mattermost(token, this.user,
				"incident INC-" + number + " note Restarted the workers");
		assertThat(noted.json().get("text").asString()).contains("added a note to INC-" + number);
		JsonNode note = this.chat.timeline(number)
			.stream()
			.filter((e) -> e.get("body").asString().equals("Restarted the workers"))
			.findFirst()
			.orElseThrow();
		assertThat(note.get("author").asString()).isEqualTo(TestKeys.ADMIN_EMAIL);

		Api.Response resolved = this.chat.mattermost(token, this.user, "incident " + number + " resolve");
		assertThat(resolved.json().get("text").asString()).contains("resolved INC-" + number);
		assertThat(this.chat.incident(number).get("status").asString()).isEqualTo("resolved");
		assertThat(this.jdbc
			.sql("select actor_name from audit_event where action = 'incident.declared' and target_id = :id")
			.param("id", Long.toString(number))
			.query(String.class)
			.single()).isEqualTo(TestKeys.ADMIN_EMAIL + " (Mattermost user " + this.user + ")");
	}

	@Test
	void slackSignedStatusListsOpenIncidentsAndTriggeredAlertGroups() {
		String secret = "slack-signing-" + UUID.randomUUID();
		this.chat.integration("slack", secret);
		String title = "Queue backlog " + UUID.randomUUID();
		long number = this.chat.admin()
			.postJson("/api/v1/incidents", Map.of("title", title))
			.json()
			.get("number")
			.asLong();

		Api.Response status = this.chat.slack(secret, Instant.now().getEpochSecond(), this.user, "status");

		assertThat(status.status()).as(status.toString()).isEqualTo(200);
		assertThat(status.json().get("response_type").asString()).isEqualTo("ephemeral");
		assertThat(status.json().get("text").asString()).contains("Open incidents")
			.contains("INC-" + number)
			.contains(title);
	}

	@Test
	void slackPostsWithAWrongSignatureOrAStaleTimestampAreRefusedAndChangeNothing() {
		String secret = "slack-signing-" + UUID.randomUUID();
		JsonNode slack = this.chat.integration("slack", secret);
		this.chat.link(slack, "U" + this.user, TestKeys.ADMIN_EMAIL);
		String title = "Forged " + UUID.randomUUID();
		long now = Instant.now().getEpochSecond();

		Api.Response forged = this.chat.slack("not-the-secret-at-all", now, this.user, "incident declare " + title);
		Api.Response stale = this.chat.slack(secret, now - 6 * 60, this.user, "incident declare " + title);
		Api.Response tampered = this.chat.post(
				ChatFixtures.form(Map.of("user_name", this.user, "text", "incident declare " + title)),
				Map.of("X-Slack-Request-Timestamp", Long.toString(now), "X-Slack-Signature",
						ChatIntegrations.slackSignature(secret, now, "text=status".getBytes())));
		Api.Response unsigned = this.chat.post("text=status", Map.of());

		assertThat(List.of(forged.status(), stale.status(), tampered.status(), unsigned.status())).containsOnly(401);
		assertThat(this.chat.admin().get("/api/v1/incidents?size=500").body()).doesNotContain(title);
		Api.Response fresh = this.chat.slack(secret, now - 4 * 60, this.user, "incident declare " + title);
		assertThat(fresh.json().get("response_type").asString()).isEqualTo("in_channel");
	}

	@Test
	void aLinkIsUsedOnlyByTheChatUserWithExactlyThatId() {
		String secret = "slack-signing-" + UUID.randomUUID();
		JsonNode slack = this.chat.integration("slack", secret);
		String id = "U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
		this.chat.link(slack, id, TestKeys.ADMIN_EMAIL);
		String title = "Borrowed " + UUID.randomUUID();
		long now = Instant.now().getEpochSecond();

		Api.Response byName = this.chat.slackAs(secret, now, "W0THER1", id.toLowerCase(java.util.Locale.ROOT),
				"incident declare " + title);
		Api.Response byFoldedId = this.chat.slackAs(secret, now, id.toLowerCase(java.util.Locale.ROOT), "someone",
				"incident declare " + title);
		assertThat(byName.json().get("text").asString()).as(byName.toString()).contains("not linked");
		assertThat(byFoldedId.json().get("text").asString()).as(byFoldedId.toString()).contains("not linked");
		assertThat(this.chat.admin().get("/api/v1/incidents?size=500").body()).doesNotContain(title);

		Api.Response owner = this.chat.slackAs(secret, now, id, "grace", "incident declare " + title);
		assertThat(owner.json().get("text").asString()).as(owner.toString()).contains("grace declared INC-");
	}

	@Test
	void theMigrationRestoresSlackIdsStoredLowerCased() throws Exception {
		String secret = "slack-signing-" + UUID.randomUUID();
		JsonNode slack = this.chat.integration("slack", secret);
		String id = "U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
		// as links were stored before ids were matched exactly
		this.chat.link(slack, id.toLowerCase(java.util.Locale.ROOT), TestKeys.ADMIN_EMAIL);
		String migration = new String(
				new org.springframework.core.io.ClassPathResource(
						"db/migration/common/V28__chat_links_by_case_sensitive_id.sql")
					.getContentAsByteArray(),
				java.nio.charset.StandardCharsets.UTF_8);
		this.jdbc.sql(migration).update();

		Api.Response declared = this.chat.slackAs(secret, Instant.now().getEpochSecond(), id, "grace",
				"incident declare Restored " + UUID.randomUUID());
		assertThat(declared.json().get("text").asString()).as(declared.toString()).contains("grace declared INC-");
	}

	@Test
	void unlinkedChatUsersMayReadButNotChangeAnything() {
		String token = "mm-token-" + UUID.randomUUID();
		this.chat.integration("mattermost", token);
		String title = "Unlinked " + UUID.randomUUID();

		Api.Response refused = this.chat.mattermost(token, this.user, "incident declare " + title);

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.json().get("response_type").asString()).isEqualTo("ephemeral");
		assertThat(refused.json().get("text").asString()).contains("not linked");
		assertThat(this.chat.admin().get("/api/v1/incidents?size=500").body()).doesNotContain(title);
		assertThat(this.chat.mattermost(token, this.user, "status").json().get("text").asString())
			.contains("incidents");
	}

	@Test
	void linkedUserAcknowledgesAnAlertGroupFromChat() {
		String token = "mm-token-" + UUID.randomUUID();
		this.chat.link(this.chat.integration("mattermost", token), "id-" + this.user, TestKeys.ADMIN_EMAIL);
		long group = fireAlert("ChatAck" + System.nanoTime());

		Api.Response acked = this.chat.mattermost(token, this.user, "ack " + group);

		assertThat(acked.json().get("text").asString()).contains("acknowledged alert group #" + group);
		JsonNode state = this.chat.admin().get("/api/v1/alert-groups/" + group).json();
		assertThat(state.get("status").asString()).isEqualTo("acknowledged");
		assertThat(state.get("acknowledgedBy").asString()).isEqualTo(TestKeys.ADMIN_EMAIL);
	}

	@Test
	void unknownCommandsAndBadInputGetReadableRepliesNeverAServerError() {
		String token = "mm-token-" + UUID.randomUUID();
		this.chat.link(this.chat.integration("mattermost", token), "id-" + this.user, TestKeys.ADMIN_EMAIL);

		for (String text : new String[] { "", "dance", "incident 999999 resolve", "incident abc note hi", "ack nope",
				"incident declare " + "x".repeat(400), "help" }) {
			Api.Response reply = this.chat.mattermost(token, this.user, text);
			assertThat(reply.status()).as(text).isEqualTo(200);
			assertThat(reply.json().get("response_type").asString()).as(text).isEqualTo("ephemeral");
			assertThat(reply.json().get("text").asString()).as(text).isNotBlank();
		}
		assertThat(this.chat.mattermost(token, this.user, "dance").json().get("text").asString())
			.contains("I don't know \"dance\"")
			.contains("incident declare <title>");
		assertThat(this.chat.mattermost(token, this.user, "incident 999999 resolve").json().get("text").asString())
			.contains("There is no incident INC-999999");
	}

	@Test
	void aControlCharacterInACommandIsRefusedAndDeclaresNothing() {
		String token = "mm-token-" + UUID.randomUUID();
		this.chat.link(this.chat.integration("mattermost", token), "id-" + this.user, TestKeys.ADMIN_EMAIL);
		String title = "Nul " + UUID.randomUUID();

		Api.Response reply = this.chat.mattermost(token, this.user, "incident declare " + title + "\u0000x");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("text").asString()).contains("control character U+0000");
		assertThat(this.chat.admin().get("/api/v1/incidents?size=100").body()).doesNotContain(title);
	}

	@Test
	void generatedTokenIsShownOnceAndWorksAsAnAuthorizationHeader() {
		JsonNode created = this.chat.integration("mattermost", null);
		String token = created.get("secret").asString();
		assertThat(token).isNotBlank();
		assertThat(this.chat.admin().get("/api/v1/chat-integrations").body()).contains(created.get("id").asString())
			.doesNotContain(token);

		Api.Response reply = this.chat.post("text=help&user_name=" + this.user,
				Map.of("Authorization", "Token " + token));

		assertThat(reply.json().get("text").asString()).contains("Sharpend commands");
	}

	private long fireAlert(String alertname) {
		String key = this.chat.admin()
			.postJson("/api/v1/integrations", Map.of("name", "chat", "type", "alertmanager"))
			.json()
			.get("key")
			.asString();
		Map<String, Object> alert = Map.of("status", "firing", "fingerprint", alertname, "labels",
				Map.of("alertname", alertname), "annotations", Map.of("summary", alertname), "startsAt",
				"2026-11-24T10:00:00Z", "endsAt", "0001-01-01T00:00:00Z");
		assertThat(Api.anonymous(this.port)
			.postJson("/hooks/alertmanager/" + key,
					Map.of("version", "4", "status", "firing", "alerts", List.of(alert)))
			.status()).isEqualTo(200);
		return this.chat.admin()
			.get("/api/v1/alert-groups?size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((g) -> g.get("groupKey").asString().equals("alertname=" + alertname))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
	}

	private static long number(Api.Response reply) {
		Matcher m = REFERENCE.matcher(reply.json().get("text").asString());
		assertThat(m.find()).as(reply.toString()).isTrue();
		return Long.parseLong(m.group(1));
	}

}
