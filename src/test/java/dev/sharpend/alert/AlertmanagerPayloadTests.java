package dev.sharpend.alert;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sharpend.system.RequestRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertmanagerPayloadTests {

	private static final String ALERT = """
			{"status":"firing","labels":{"alertname":"HighLatency","job":"api","zone":"é"},
			 "annotations":{"summary":"slow"},"startsAt":"2026-11-24T08:00:00.123+01:00",
			 "endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prom/graph","fingerprint":"abc123",
			 "extra":{"nested":[1,2,{"x":null}]}}""";

	@Test
	void readsEveryFieldOfAnAlertAndKeepsItAsSent() {
		List<IncomingAlert> alerts = parse("{\"version\":\"4\",\"status\":\"firing\",\"alerts\":[" + ALERT + "]}");

		assertThat(alerts).hasSize(1);
		IncomingAlert alert = alerts.get(0);
		assertThat(alert.fingerprint()).isEqualTo("abc123");
		assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
		assertThat(alert.labels()).containsExactly(Map.entry("alertname", "HighLatency"), Map.entry("job", "api"),
				Map.entry("zone", "é"));
		assertThat(alert.annotations()).containsExactly(Map.entry("summary", "slow"));
		assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-11-24T07:00:00.123Z"));
		assertThat(alert.endsAt()).isNull();
		assertThat(alert.sourceUrl()).isEqualTo("http://prom/graph");
		assertThat(alert.raw()).isEqualTo(ALERT);
	}

	@Test
	void readsUtf16AndUtf32BodiesAsRfc8259Allows() {
		String json = "{\"version\":\"4\",\"status\":\"firing\",\"alerts\":[" + ALERT + "]}";
		for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
				java.nio.charset.Charset.forName("UTF-32LE"), java.nio.charset.Charset.forName("UTF-32BE"))) {
			List<IncomingAlert> alerts = AlertmanagerPayload.parse(json.getBytes(charset));
			assertThat(alerts).as(charset.name()).singleElement().satisfies((alert) -> {
				assertThat(alert.labels()).containsEntry("zone", "é");
				assertThat(alert.raw()).isEqualTo(ALERT);
			});
		}
		byte[] withMark = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_16BE);
		assertThat(AlertmanagerPayload.parse(withMark)).singleElement()
			.satisfies((alert) -> assertThat(alert.raw()).isEqualTo(ALERT));
		byte[] broken = java.util.Arrays.copyOf(json.getBytes(StandardCharsets.UTF_16LE), json.length() * 2 - 1);
		assertThatThrownBy(() -> AlertmanagerPayload.parse(broken)).isInstanceOf(RequestRejected.class);
	}

	@Test
	void appliesThePayloadStatusToAlertsWithoutOneEvenWhenItComesLast() {
		List<IncomingAlert> alerts = parse("""
				{"alerts":[{"labels":{"a":"b"},"startsAt":"2026-11-24T08:00:00Z","endsAt":"2026-11-24T09:00:00Z"}],
				 "status":"resolved","version":"4"}""");

		assertThat(alerts.get(0).status()).isEqualTo(AlertStatus.RESOLVED);
		assertThat(alerts.get(0).endsAt()).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
		assertThat(alerts.get(0).fingerprint()).isNull();
	}

	@Test
	void namesTheFirstBadField() {
		assertRejected("[]", null);
		assertRejected("{\"version\":\"3\",\"alerts\":[]}", "version");
		assertRejected("{\"version\":\"4\"}", "alerts");
		assertRejected("{\"alerts\":[1]}", "alerts[0]");
		assertRejected("{\"alerts\":[{\"startsAt\":\"2026-11-24T08:00:00Z\",\"status\":\"firing\"}]}",
				"alerts[0].labels");
		assertRejected("{\"alerts\":[{\"labels\":{\"a\":7},\"startsAt\":\"2026-11-24T08:00:00Z\"}]}",
				"alerts[0].labels");
		assertRejected("{\"alerts\":[{\"labels\":{\"a\":\"b\"},\"startsAt\":\"2026-11-24T08:00:00Z\"}]}",
				"alerts[0].status");
		assertRejected("{\"alerts\":[{\"labels\":{\"a\":\"b\"},\"status\":\"firing\",\"startsAt\":\"yesterday\"}]}",
				"alerts[0].startsAt");
		assertRejected("{\"alerts\":[{\"labels\":{\"a\":\"b\"},\"status\":\"firing\"}]}", "alerts[0].startsAt");
		assertRejected(
				"{\"alerts\":[{\"labels\":{\"a\":\"b\"},\"status\":\"on\",\"startsAt\":\"2026-11-24T08:00:00Z\"}]}",
				"alerts[0].status");
		assertRejected("{\"alerts\":[", null);
	}

	@Test
	void readsTimesAsTheGeneralParserDoes() {
		for (String text : List.of("2026-11-24T08:00:00Z", "2026-11-24T08:00:00.5Z", "2026-11-24T08:00:00.123456789Z",
				"2026-11-24T23:59:59-05:30", "2024-02-29T00:00:00+14:00", "0001-01-01T00:00:00Z",
				"2026-11-24T08:00:00+18:00", "2026-11-24T08:00Z", "2026-11-24T08:00:00.Z")) {
			assertThat(Rfc3339.parse(text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
		}
		for (String text : List.of("2026-02-30T08:00:00Z", "2026-11-24T24:00:00Z", "2026-11-24T08:00:00",
				"2026-11-24T08:00:00.1234567890Z", "2026-11-24 08:00:00Z", "yesterday")) {
			assertThat(Rfc3339.parse(text)).as(text).isNull();
		}
	}

	@Test
	void theContentHashIgnoresLabelOrderButNotContent() {
		IncomingAlert sorted = alert(Map.of("a", "1", "b", "2"), "2026-11-24T08:00:00Z");
		IncomingAlert unsorted = new IncomingAlert(null, AlertStatus.FIRING,
				new java.util.LinkedHashMap<>(Map.of("b", "2")), Map.of(), sorted.startsAt(), null, null, "");
		unsorted.labels().put("a", "1");

		assertThat(unsorted.contentHash()).isEqualTo(sorted.contentHash());
		assertThat(alert(Map.of("a", "1", "b", "3"), "2026-11-24T08:00:00Z").contentHash())
			.isNotEqualTo(sorted.contentHash());
		assertThat(alert(Map.of("a", "1", "b", "2"), "2026-11-24T08:00:01Z").contentHash())
			.isNotEqualTo(sorted.contentHash());
	}

	private static IncomingAlert alert(Map<String, String> labels, String startsAt) {
		return new IncomingAlert(null, AlertStatus.FIRING, new java.util.TreeMap<>(labels), Map.of(),
				Instant.parse(startsAt), null, null, "");
	}

	private static void assertRejected(String body, String field) {
		assertThatThrownBy(() -> parse(body)).as(body)
			.isInstanceOfSatisfying(RequestRejected.class, (ex) -> assertThat(ex.getMessage()).isNotBlank())
			.satisfies((ex) -> {
				if (field != null) {
					assertThat(((RequestRejected) ex).field()).isEqualTo(field);
				}
			});
	}

	private static List<IncomingAlert> parse(String json) {
		return AlertmanagerPayload.parse(json.getBytes(StandardCharsets.UTF_8));
	}

}
