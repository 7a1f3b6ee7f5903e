package dev.sharpend.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.sharpend.test.Eventually;
import dev.sharpend.test.Launcher;
import dev.sharpend.test.LocalProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Prometheus rules operators install next to Sharpend are valid, and each alert fires
 * on the series its unit tests construct (promtool, from Debian's {@code prometheus}
 * package, as CI installs it).
 */
class MonitoringRulesTests {

	static final Path FOLDER = Path.of("integrations", "prometheus").toAbsolutePath();

	@Test
	void theRulesAreValid() throws IOException {
		promtool("check", "rules", FOLDER.resolve("sharpend-rules.yml").toString());
	}

	@Test
	void everyAlertFiresOnItsConstructedSeries() throws IOException {
		promtool("test", "rules", FOLDER.resolve("sharpend-rules.test.yml").toString());
	}

	/** Runs promtool in a folder of its own (its log goes there) and awaits SUCCESS. */
	private static void promtool(String... arguments) throws IOException {
		Path work = Files.createTempDirectory("sharpend-promtool-");
		try (LocalProcess promtool = Launcher.program("promtool", "prometheus").arguments(arguments).start(work)) {
			int status = promtool.exitValue(Duration.ofSeconds(60));
			Eventually.await("promtool's output", () -> !promtool.output().isEmpty());
			assertThat(status).as("promtool %s:%n%s", String.join(" ", arguments), promtool.output()).isZero();
			Eventually.await("promtool to say SUCCESS", () -> promtool.output().contains("SUCCESS"));
		}
	}

}
