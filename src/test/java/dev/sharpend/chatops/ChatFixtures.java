package dev.sharpend.chatops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.TestKeys;

/** Chat integrations made through the API, and slash command posts as chats send them. */
final class ChatFixtures {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	ChatFixtures(int port) {
		this.port = port;
	}

	Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

	JsonNode integration(String kind, String secret) {
		Map<String, Object> request = new LinkedHashMap<>(Map.of("name", kind + " workspace", "kind", kind));
		if (secret != null) {
			request.put("secret", secret);
		}
		Api.Response created = admin().postJson("/api/v1/chat-integrations", request);
		if (created.status() != 201) {
			throw new AssertionError("expected 201, got " + created);
		}
		return created.json();
	}

	void link(JsonNode integration, String chatUser, String email) {
		Api.Response linked = admin().sendJson("PUT",
				"/api/v1/chat-integrations/" + integration.get("id").asString() + "/links/" + chatUser,
				Map.of("email", email));
		if (linked.status() != 204) {
			throw new AssertionError("expected 204, got " + linked);
		}
	}

	/** A Mattermost-style post carrying the token. */
	Api.Response mattermost(String token, String user, String text) {
		return post(form(Map.of("token", token, "user_id", "id-" + user, "user_name", user, "channel_name", "incidents",
				"command", "/sharpend", "text", text)), Map.of());
	}

	/** A Slack-style post signed with the secret at the given time. */
	Api.Response slack(String secret, long timestamp, String user, String text) {
		return slackAs(secret, timestamp, "U" + user, user, text);
	}

	/** A Slack-style post from the chat user with this id and user name. */
	Api.Response slackAs(String secret, long timestamp, String userId, String userName, String text) {
		String body = form(Map.of("token", "legacy-verification-token", "team_id", "T0", "user_id", userId, "user_name",
				userName, "channel_name", "ops", "command", "/sharpend", "text", text));
		return post(body, Map.of("X-Slack-Request-Timestamp", Long.toString(timestamp), "X-Slack-Signature",
				ChatIntegrations.slackSignature(secret, timestamp, body.getBytes(StandardCharsets.UTF_8))));
	}

	Api.Response post(String body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/hooks/chat/command"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Api.Response(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	JsonNode incident(long number) {
		return admin().get("/api/v1/incidents/" + number).json();
	}

	List<JsonNode> timeline(long number) {
		return admin().get("/api/v1/incidents/" + number + "/timeline").json().get("items").valueStream().toList();
	}

	static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((e) -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
