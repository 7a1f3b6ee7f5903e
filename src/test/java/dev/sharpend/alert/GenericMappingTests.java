package dev.sharpend.alert;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sharpend.system.RequestRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenericMappingTests {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private static final GenericMapping UPTIME = new GenericMapping("/checks", "/name", "/state", List.of("up"), "/id",
			"/level", "/tags", "/since");

	@Test
	void readsEachAlertThroughItsPointers() {
		List<IncomingAlert> alerts = UPTIME.read(bytes("""
				{"checks":[
				 {"id":"c1","name":"Homepage","state":"down","level":"critical","tags":{"region":"eu","port":443},
				  "since":"2026-12-01T09:30:00+01:00"},
				 {"id":"c2","name":"API","state":"UP"}]}"""), NOW);

		assertThat(alerts).hasSize(2);
		IncomingAlert down = alerts.get(0);
		assertThat(down.fingerprint()).isEqualTo("c1");
		assertThat(down.status()).isEqualTo(AlertStatus.FIRING);
		assertThat(down.labels()).containsExactly(Map.entry("region", "eu"), Map.entry("port", "443"),
				Map.entry("alertname", "Homepage"), Map.entry("severity", "critical"));
		assertThat(down.annotations()).containsExactly(Map.entry("summary", "Homepage"));
		assertThat(down.startsAt()).isEqualTo(Instant.parse("2026-12-01T08:30:00Z"));
		assertThat(down.endsAt()).isNull();

		IncomingAlert up = alerts.get(1);
		// status values are compared ignoring case
		assertThat(up.status()).isEqualTo(AlertStatus.RESOLVED);
		assertThat(up.endsAt()).isEqualTo(NOW);
		assertThat(up.startsAt()).isEqualTo(NOW);
	}

	@Test
	void theDefaultMappingReadsOneAlertOrAnArrayWithATitleAndEveryAlertFires() {
		GenericMapping defaults = GenericMapping.fromJson(null);

		assertThat(defaults.title()).isEqualTo("/title");
		assertThat(defaults.resolvedValues()).containsExactly("resolved", "ok", "inactive");
		assertThat(defaults.read(bytes("{\"title\":\"Disk full\"}"), NOW)).singleElement()
			.satisfies((alert) -> assertThat(alert.status()).isEqualTo(AlertStatus.FIRING));
		assertThat(defaults.read(bytes("[{\"title\":\"a\"},{\"title\":\"b\"}]"), NOW)).hasSize(2);
	}

	@Test
	void withoutAFingerprintTheSameAlertGetsTheSameHash() {
		GenericMapping defaults = GenericMapping.fromJson(null);

		String first = defaults.read(bytes("{\"title\":\"Disk full\"}"), NOW).get(0).fingerprint();
		String again = defaults.read(bytes("{\"title\":\"Disk full\"}"), NOW.plusSeconds(60)).get(0).fingerprint();
		String other = defaults.read(bytes("{\"title\":\"CPU hot\"}"), NOW).get(0).fingerprint();

		assertThat(first).isEqualTo(again).isNotEqualTo(other).hasSize(16);
	}

	@Test
	void namesTheAlertThatDoesNotFit() {
		assertThatThrownBy(() -> UPTIME.read(bytes("{\"checks\":[{\"name\":\"ok\"},{\"id\":\"c2\"}]}"), NOW))
			.isInstanceOfSatisfying(RequestRejected.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("alerts[1]");
				assertThat(ex.getMessage()).isEqualTo("alerts[1] has no title at /name.");
			});
		assertThatThrownBy(() -> UPTIME.read(bytes("{\"checks\":[{\"name\":\"x\",\"tags\":[1]}]}"), NOW))
			.hasMessage("alerts[0] has no label object at /tags.");
		assertThatThrownBy(() -> UPTIME.read(bytes("{\"checks\":[{\"name\":\"x\",\"since\":\"today\"}]}"), NOW))
			.hasMessage("alerts[0] has no RFC 3339 time at /since.");
	}

	@Test
	void refusesABodyWithoutAlertsAtThePointerOrThatIsNoJson() {
		assertThatThrownBy(() -> UPTIME.read(bytes("{\"results\":[]}"), NOW))
			.isInstanceOfSatisfying(RequestRejected.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("mapping.alerts");
				assertThat(ex.getMessage()).isEqualTo("The body has no alert object or array at \"/checks\".");
			});
		assertThatThrownBy(() -> UPTIME.read(bytes("{not json"), NOW)).isInstanceOfSatisfying(RequestRejected.class,
				(ex) -> assertThat(ex.getMessage()).startsWith("The body is not valid JSON: "));
	}

	@Test
	void aPointerMustBeAJsonPointer() {
		assertThatThrownBy(() -> new GenericMapping(null, "title", null, null, null, null, null, null))
			.isInstanceOfSatisfying(RequestRejected.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("mapping.title");
				assertThat(ex.getMessage()).isEqualTo("mapping.title must be a JSON pointer such as /alert/title.");
			});
		assertThatThrownBy(() -> new GenericMapping(null, null, null, null, null, null, "labels", null))
			.isInstanceOfSatisfying(RequestRejected.class, (ex) -> assertThat(ex.field()).isEqualTo("mapping.labels"));
	}

	@Test
	void survivesTheRoundTripThroughItsStoredJson() {
		assertThat(GenericMapping.fromJson(UPTIME.toJson())).isEqualTo(UPTIME);
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

}
