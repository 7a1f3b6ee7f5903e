package dev.sharpend.chatops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.Launcher;
import dev.sharpend.test.LocalProcess;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Hubot script in {@code integrations/hubot}, installed from npm with its lock file
 * and run with Hubot's shell adapter against the running application: commands typed on
 * its standard input change incidents in Sharpend.
 */
@SharpendIntegrationTest
class HubotIntegrationTests {

	private static final Path SCRIPT_DIR = Path.of("integrations", "hubot");

	private static final Duration REPLY_WAIT = Duration.ofSeconds(30);

	private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");

	@LocalServerPort
	int port;

	@TempDir
	Path work;

	LocalProcess hubot;

	@AfterEach
	void stopHubot() {
		if (this.hubot != null) {
			this.hubot.close();
		}
	}

	@Test
	@Timeout(value = 6, unit = TimeUnit.MINUTES)
	void hubotDeclaresNotesListsAndResolvesAnIncidentThroughSharpend() throws Exception {
		assumeTrue(LocalProcess.installed("node") && LocalProcess.installed("npm"),
				"node and npm are not installed; the Hubot test needs Node 18 or newer with npm");
		Path bot = install();
		start(bot, token());
		awaitOutput("the script is loaded", Pattern.compile("sharpend: ready"));
		String title = "Payments failing " + UUID.randomUUID().toString().substring(0, 8);

		this.hubot.type("sharpend incident declare " + title);
		long number = Long.parseLong(awaitOutput("the declaration", Pattern.compile("declared INC-(\\d+)")).group(1));
		this.hubot.type("sharpend incident INC-" + number + " note Rolled back the release");
		awaitOutput("the note", Pattern.compile("added a note to INC-" + number));
		this.hubot.type("sharpend status");
		awaitOutput("the status", Pattern.compile("INC-" + number + " \\[[^]]+, investigating\\] " + title));
		this.hubot.type("sharpend incident " + number + " resolve");
		awaitOutput("the resolution", Pattern.compile("resolved INC-" + number));
		this.hubot.type("sharpend dance");
		awaitOutput("the help", Pattern.compile("I don't know \"dance\""));

		Api admin = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		JsonNode incident = admin.get("/api/v1/incidents/" + number).json();
		assertThat(incident.get("title").asString()).isEqualTo(title);
		assertThat(incident.get("status").asString()).isEqualTo("resolved");
		assertThat(incident.get("declaredBy").asString()).isEqualTo("grace (via Hubot)");
		JsonNode note = admin.get("/api/v1/incidents/" + number + "/timeline")
			.json()
			.get("items")
			.valueStream()
			.filter((e) -> e.get("body").asString().equals("Rolled back the release"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no note on the timeline"));
		assertThat(note.get("author").asString()).isEqualTo("grace (via Hubot)");
	}

	/** A token with only what the bot needs. */
	private String token() {
		Api.Response created = Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.postJson("/api/v1/tokens", Map.of("name", "hubot " + UUID.randomUUID(), "permissions",
					List.of("incident:read", "incident:write", "alert:read", "alert:write")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("token").asString();
	}

	/** A copy of the integration without node_modules, installed as CI would. */
	private Path install() throws IOException {
		Path bot = this.work.resolve("hubot");
		Files.createDirectories(bot.resolve("scripts"));
		for (String file : List.of("package.json", "package-lock.json", "scripts/sharpend.mjs")) {
			Files.copy(SCRIPT_DIR.resolve(file), bot.resolve(file));
		}
		LocalProcess npm = Launcher.program("npm", "npm").arguments("ci", "--no-audit", "--no-fund").start(bot);
		assertThat(npm.exitValue(Duration.ofMinutes(4))).as(() -> "npm ci failed:\n" + npm.output()).isZero();
		return bot;
	}

	private void start(Path bot, String token) {
		this.hubot = Launcher.program("node", "nodejs")
			.arguments("node_modules/hubot/bin/hubot", "--adapter", "Shell")
			.environment(Map.of("SHARPEND_URL", "http://127.0.0.1:" + this.port, "SHARPEND_TOKEN", token, "HUBOT_HTTPD",
					"false", "HUBOT_SHELL_USER_NAME", "grace", "HUBOT_LOG_LEVEL", "info"))
			.start(bot);
	}

	private Matcher awaitOutput(String what, Pattern pattern) {
		try {
			return Eventually.waiting(what, REPLY_WAIT)
				.pollInterval(Duration.ofMillis(100))
				.failFast("Hubot exited", () -> !this.hubot.alive())
				.until(() -> pattern.matcher(output()), Matcher::find);
		}
		catch (RuntimeException ex) {
			throw new AssertionError(ex.getMessage() + "; Hubot said:\n" + output(), ex);
		}
	}

	/** What Hubot said so far, without colours. */
	private String output() {
		return ANSI.matcher(this.hubot.output()).replaceAll("");
	}

}
