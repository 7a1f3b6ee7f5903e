package dev.sharpend.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeLimitsTests {

	private static final Integration INTEGRATION = new Integration(UUID.randomUUID(), "limits",
			IntegrationType.ALERTMANAGER, "abcd", List.of("alertname", "job"), List.of("alertname"),
			Duration.ofHours(1), null, Instant.EPOCH, null, null);

	@Test
	void labelsAreMeasuredAsTheJsonTheyAreStoredAsEscapesIncluded() {
		// {"alertname":"A","quote":"…"} is 28 characters around the value, and a quote in
		// it is written as two
		String atLimit = "\"".repeat((IntakeLimits.LABELS - 28) / 2);
		assertThat(check(Map.of("alertname", "A", "quote", atLimit))).isNull();

		IntakeLimits.Exceeded over = check(Map.of("alertname", "A", "quote", atLimit + "\""));
		assertThat(over).isNotNull();
		assertThat(over.path()).isEqualTo("alerts[0].labels.quote");
		assertThat(over.message(over.path())).contains("at most 8000").contains("these take 8002");
	}

	@Test
	void cuttingACopyNeverLeavesHalfACharacter() {
		String text = "a".repeat(8) + "😀" + "b".repeat(10);
		assertThat(IncomingAlert.truncate(text, 10)).isEqualTo("a".repeat(8) + "…");
		assertThat(IncomingAlert.truncate(text, 11)).isEqualTo("a".repeat(8) + "😀…");
	}

	private static IntakeLimits.Exceeded check(Map<String, String> labels) {
		Map<String, String> ordered = new LinkedHashMap<>();
		ordered.put("alertname", labels.get("alertname"));
		ordered.putAll(labels);
		IncomingAlert alert = new IncomingAlert("fp", AlertStatus.FIRING, ordered, Map.of(), Instant.EPOCH, null, null,
				"{}");
		return IntakeLimits.check(INTEGRATION, List.of(alert), List.of("fp"));
	}

}
