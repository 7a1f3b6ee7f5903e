package dev.sharpend.alert;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Written from PagerDuty's Events API v2 reference ("Send a Change Event"). */
class PagerDutyChangeEventTests {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void readsTheDocumentedExample() {
		PagerDutyChangeEvent event = parse("""
				{"routing_key":"737ea619db564d41bd9824063e1f6b08",
				 "payload":{"summary":"Build Success: Increase snapshot create timeout to 30 seconds",
				  "timestamp":"2020-07-17T08:42:58.315+0000","source":"acme-build-pipeline-tool-default-i-9999",
				  "custom_details":{"build_state":"passed","build_number":"2"}},
				 "links":[{"href":"https://acme.pagerduty.dev/build/2","text":"View more details in Acme!"}]}""");

		assertThat(event.routingKey()).isEqualTo("737ea619db564d41bd9824063e1f6b08");
		assertThat(event.summary()).isEqualTo("Build Success: Increase snapshot create timeout to 30 seconds");
		assertThat(event.timestamp()).isEqualTo(Instant.parse("2020-07-17T08:42:58.315Z"));
		assertThat(event.source()).isEqualTo("acme-build-pipeline-tool-default-i-9999");
		assertThat(event.details()).isEqualTo("{\"build_state\":\"passed\",\"build_number\":\"2\"}");
		assertThat(event.links()).containsExactly(
				new ChangeEventReceived.Link("https://acme.pagerduty.dev/build/2", "View more details in Acme!"));
	}

	@Test
	void aChangeWithoutTimestampHappenedWhenItArrived() {
		PagerDutyChangeEvent event = parse("{\"routing_key\":\"k\",\"payload\":{\"summary\":\"Deploy 42\"}}");

		assertThat(event.timestamp()).isEqualTo(NOW);
		assertThat(event.source()).isEmpty();
		assertThat(event.details()).isNull();
		assertThat(event.links()).isEmpty();
	}

	@Test
	void leavesOutLinksThatCannotBeShownSafely() {
		PagerDutyChangeEvent event = parse("""
				{"routing_key":"k","payload":{"summary":"Deploy 42"},
				 "links":[{"href":"javascript:alert(1)","text":"click"},{"href":"https://ci.example.com/42"},
				  {"href":"https://ci.example.com/<script>"},"https://not-an-object.example.com"]}""");

		assertThat(event.links()).containsExactly(new ChangeEventReceived.Link("https://ci.example.com/42", ""));
	}

	@Test
	void keepsAtMostTenLinks() {
		StringBuilder links = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			links.append((i > 0) ? "," : "").append("{\"href\":\"https://ci.example.com/").append(i).append("\"}");
		}

		PagerDutyChangeEvent event = parse(
				"{\"routing_key\":\"k\",\"payload\":{\"summary\":\"Deploy\"},\"links\":[" + links + "]}");

		assertThat(event.links()).hasSize(10);
	}

	@Test
	void reportsEveryProblemAtOnce() {
		assertThatThrownBy(() -> parse("{\"payload\":{\"timestamp\":\"soon\"}}")).isInstanceOfSatisfying(
				PagerDutyEvent.Invalid.class,
				(ex) -> assertThat(ex.errors()).containsExactly("'routing_key' is missing or blank",
						"'payload.summary' is missing or blank", "'payload.timestamp' is not an ISO 8601 time"));
		assertThatThrownBy(
				() -> parse("{\"routing_key\":\"k\",\"payload\":{\"summary\":\"" + "s".repeat(1025) + "\"}}"))
			.isInstanceOfSatisfying(PagerDutyEvent.Invalid.class, (ex) -> assertThat(ex.errors())
				.containsExactly("'payload.summary' is too long (maximum is 1024 characters)"));
	}

	@Test
	void aMissingPayloadAndABodyThatIsNoObjectAreRefused() {
		assertThatThrownBy(() -> parse("{\"routing_key\":\"k\"}")).isInstanceOfSatisfying(PagerDutyEvent.Invalid.class,
				(ex) -> assertThat(ex.errors()).containsExactly("'payload' is missing or not an object"));
		assertThatThrownBy(() -> parse("[]")).isInstanceOfSatisfying(PagerDutyEvent.Invalid.class,
				(ex) -> assertThat(ex.status()).isEqualTo("Unrecognized object"));
	}

	private static PagerDutyChangeEvent parse(String body) {
		return PagerDutyChangeEvent.parse(body.getBytes(StandardCharsets.UTF_8), NOW);
	}

}
