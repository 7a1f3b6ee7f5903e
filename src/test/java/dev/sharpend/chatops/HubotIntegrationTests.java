package dev.sharpend.chatops;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
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

	Process hubot;

	final StringBuffer output = new StringBuffer();

	@AfterEach
	void stopHubot() throws InterruptedException {
		if (this.hubot != null) {
			this.hubot.descendants().forEach(ProcessHandle::destroy);
			this.hubot.destroy();
			if (!this.hubot.waitFor(10, TimeUnit.SECONDS)) {
				this.hubot.destroyForcibly();
			}
		}
	}

	@Test
	@Timeout(value = 6, unit = TimeUnit.MINUTES)
	void hubotDeclaresNotesListsAndResolvesAnIncidentThroughSharpend() throws Exception {
		assumeTrue(available("node") && available("npm"),
				"node and npm are not installed; the Hubot test needs Node 18 or newer with npm");
		Path bot = install();
		start(bot, token());
		awaitOutput("the script is loaded", Pattern.compile("sharpend: ready"));
		String title = "Payments failing " + UUID.randomUUID().toString().substring(0, 8);

		type("sharpend incident declare " + title);
		long number = Long.parseLong(awaitOutput("the declaration", Pattern.compile("declared INC-(\\d+)")).group(1));
		type("sharpend incident INC-" + number + " note Rolled back the release");
		awaitOutput("the note", Pattern.compile("added a note to INC-" + number));
		type("sharpend status");
		awaitOutput("the status", Pattern.compile("INC-" + number + " \\[[^]]+, investigating\\] " + title));
		type("sharpend incident " + number + " resolve");
		awaitOutput("the resolution", Pattern.compile("resolved INC-" + number));
		type("sharpend dance");
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
	private Path install() throws Exception {
		Path bot = this.work.resolve("hubot");
		Files.createDirectories(bot.resolve("scripts"));
		for (String file : List.of("package.json", "package-lock.json", "scripts/sharpend.mjs")) {
			Files.copy(SCRIPT_DIR.resolve(file), bot.resolve(file));
		}
		Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(bot.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.work.resolve("npm.log").toFile())
			.start();
		boolean done = npm.waitFor(4, TimeUnit.MINUTES);
		if (!done) {
			npm.destroyForcibly();
		}
		assertThat(done && npm.exitValue() == 0).as(() -> "npm ci failed:\n" + read(this.work.resolve("npm.log")))
			.isTrue();
		return bot;
	}

	private void start(Path bot, String token) throws IOException {
		ProcessBuilder builder = new ProcessBuilder("node", "node_modules/hubot/bin/hubot", "--adapter", "Shell")
			.directory(bot.toFile())
			.redirectErrorStream(true);
		builder.environment()
			.putAll(Map.of("SHARPEND_URL", "http://127.0.0.1:" + this.port, "SHARPEND_TOKEN", token, "HUBOT_HTTPD",
					"false", "HUBOT_SHELL_USER_NAME", "grace", "HUBOT_LOG_LEVEL", "info"));
		this.hubot = builder.start();
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(this.hubot.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = in.readLine()) != null) {
					this.output.append(ANSI.matcher(line).replaceAll("")).append('\n');
				}
			}
			catch (IOException ex) {
				// the process ended
			}
		}, "hubot-output");
		reader.setDaemon(true);
		reader.start();
	}

	private void type(String line) throws IOException {
		OutputStream in = this.hubot.getOutputStream();
		in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
		in.flush();
	}

	private Matcher awaitOutput(String what, Pattern pattern) throws InterruptedException {
		Instant deadline = Instant.now().plus(REPLY_WAIT);
		while (Instant.now().isBefore(deadline)) {
			Matcher matcher = pattern.matcher(this.output);
			if (matcher.find()) {
				return matcher;
			}
			assertThat(this.hubot.isAlive()).as(() -> "Hubot exited:\n" + this.output).isTrue();
			Thread.sleep(100);
		}
		throw new AssertionError("Timed out waiting for " + what + "; Hubot said:\n" + this.output);
	}

	private static boolean available(String program) {
		try {
			Process process = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			return "(" + ex.getMessage() + ")";
		}
	}

}
