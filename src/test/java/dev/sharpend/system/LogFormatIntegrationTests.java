package dev.sharpend.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.test.Launcher;
import dev.sharpend.test.SharpendNode;
import dev.sharpend.test.TestDatabase;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class LogFormatIntegrationTests {

	@Test
	void jsonLogFormatWritesOneJsonObjectPerLine(CapturedOutput output) {
		// Spring Boot configures Logback once while any application of the JVM runs, and
		// the
		// suite keeps earlier test applications running: let this one configure it anew.
		((ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory())
			.removeObject(org.springframework.boot.logging.LoggingSystem.class.getName());
		try (SharpendNode node = Launcher.sharpend(TestDatabase.properties())
			.setting("sharpend.log-format", "json")
			.start()) {
			JsonNode started = output.getOut()
				.lines()
				.filter((line) -> line.startsWith("{") && line.contains("\"message\":\"Started "))
				.map((line) -> JsonMapper.builder().build().readTree(line))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no JSON line announcing the start in:\n" + output.getOut()));
			assertThat(started.get("level").asString()).isEqualTo("INFO");
			assertThat(started.get("logger_name").asString()).isNotBlank();
			assertThat(started.has("@timestamp")).isTrue();
		}
	}

}
