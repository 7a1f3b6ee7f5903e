package dev.sharpend.alert;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Written from PagerDuty's Events API v2 reference ("Send an Alert Event"). */
class PagerDutyEventTests {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void readsATriggerAsAFiringAlert() {
		PagerDutyEvent event = parse("""
				{"routing_key":"R0123456789","event_action":"trigger","dedup_key":"srv01/HTTP",
				 "client":"Monitoring","client_url":"https://monitoring.example.com",
				 "payload":{"summary":"Example alert on host1.example.com","timestamp":"2015-07-17T08:42:58.315+0000",
				  "source":"monitoringtool:cloudvendor:central-region-dc-01:852559987:cluster/api-stats-prod-003",
				  "severity":"info","component":"postgres","group":"prod-datapipe","class":"deploy",
				  "custom_details":{"ping time":"1500ms","load avg":0.75}}}""");

		assertThat(event.routingKey()).isEqualTo("R0123456789");
		assertThat(event.action()).isEqualTo("trigger");
		assertThat(event.dedupKey()).isEqualTo("srv01/HTTP");
		IncomingAlert alert = event.alert();
		assertThat(alert.fingerprint()).isEqualTo("srv01/HTTP");
		assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
		assertThat(alert.labels()).containsExactly(Map.entry("alertname", "deploy"),
				Map.entry("source",
						"monitoringtool:cloudvendor:central-region-dc-01:852559987:cluster/api-stats-prod-003"),
				Map.entry("severity", "info"), Map.entry("component", "postgres"), Map.entry("group", "prod-datapipe"),
				Map.entry("class", "deploy"));
		assertThat(alert.annotations()).containsEntry("summary", "Example alert on host1.example.com")
			.containsEntry("custom_details", "{\"ping time\":\"1500ms\",\"load avg\":0.75}");
		assertThat(alert.startsAt()).isEqualTo(Instant.parse("2015-07-17T08:42:58.315Z"));
		assertThat(alert.sourceUrl()).isEqualTo("https://monitoring.example.com");
	}

	@Test
	void theRoutingKeyIsNeverKeptInTheStoredPayload() {
		PagerDutyEvent event = parse(trigger("\"dedup_key\":\"a\","));

		assertThat(event.alert().raw()).doesNotContain("routing_key").doesNotContain("R0123456789");
	}

	@Test
	void aTriggerWithoutDedupKeyGetsOneAndItsStartIsNowWhenNotGiven() {
		PagerDutyEvent event = parse(trigger(""));

		assertThat(event.dedupKey()).isNotBlank();
		assertThat(event.alert().fingerprint()).isEqualTo(event.dedupKey());
		assertThat(event.alert().startsAt()).isEqualTo(NOW);
		assertThat(event.alert().sourceUrl()).isNull();
	}

	@Test
	void theAlertIsNamedAfterTheClassThenTheComponentThenTheSummary() {
		assertThat(parse(trigger("")).alert().labels()).containsEntry("alertname", "Disk full");
		PagerDutyEvent byComponent = parse("""
				{"routing_key":"R0123456789","event_action":"trigger",
				 "payload":{"summary":"Disk full","source":"db1","severity":"error","component":"disk"}}""");
		assertThat(byComponent.alert().labels()).containsEntry("alertname", "disk");
		assertThat(byComponent.field("labels.alertname")).isEqualTo("payload.component");
		assertThat(byComponent.field("labels.source")).isEqualTo("payload.source");
		assertThat(byComponent.field("fingerprint")).isEqualTo("dedup_key");
	}

	@Test
	void acceptsAnOffsetWithOrWithoutAColon() {
		assertThat(startOf("2026-12-01T12:00:00+02:00")).isEqualTo(NOW);
		assertThat(startOf("2026-12-01T12:00:00+0200")).isEqualTo(NOW);
		assertThat(startOf("2026-12-01T10:00:00Z")).isEqualTo(NOW);
		assertThat(startOf("2026-12-01T10:00:00")).isEqualTo(NOW);
	}

	@Test
	void acknowledgeAndResolveNeedADedupKeyAndCarryNoAlert() {
		PagerDutyEvent resolve = parse(
				"{\"routing_key\":\"R0123456789\",\"event_action\":\"resolve\",\"dedup_key\":\"srv01/HTTP\"}");
		assertThat(resolve.action()).isEqualTo("resolve");
		assertThat(resolve.alert()).isNull();

		assertThatThrownBy(() -> parse("{\"routing_key\":\"R0123456789\",\"event_action\":\"acknowledge\"}"))
			.isInstanceOfSatisfying(PagerDutyEvent.Invalid.class,
					(ex) -> assertThat(ex.errors()).containsExactly("'dedup_key' is required for acknowledge events"));
	}

	@Test
	void reportsEveryProblemAtOnceAsPagerDutyDoes() {
		assertThatThrownBy(() -> parse("""
				{"event_action":"trigger","payload":{"severity":"fatal","timestamp":"yesterday"}}"""))
			.isInstanceOfSatisfying(PagerDutyEvent.Invalid.class, (ex) -> {
				assertThat(ex.status()).isEqualTo("invalid event");
				assertThat(ex.getMessage()).isEqualTo("Event object is invalid");
				assertThat(ex.errors()).containsExactly("'routing_key' is missing or blank",
						"'payload.summary' is missing or blank", "'payload.source' is missing or blank",
						"'payload.severity' must be one of critical, error, warning, info",
						"'payload.timestamp' is not an ISO 8601 time");
			});
	}

	@Test
	void refusesAnUnknownActionAndADedupKeyLongerThanAFingerprint() {
		assertThatThrownBy(() -> parse("{\"routing_key\":\"R0123456789\",\"event_action\":\"snooze\",\"dedup_key\":\""
				+ "k".repeat(256) + "\"}"))
			.isInstanceOfSatisfying(PagerDutyEvent.Invalid.class,
					(ex) -> assertThat(ex.errors()).containsExactly(
							"'event_action' must be one of trigger, acknowledge, resolve",
							"'dedup_key' is too long (maximum is 255 characters)"));
	}

	@Test
	void aBodyThatIsNoJsonObjectIsAnUnrecognizedObject() {
		for (String body : new String[] { "not json", "[1,2]", "\"text\"" }) {
			assertThatThrownBy(() -> parse(body)).isInstanceOfSatisfying(PagerDutyEvent.Invalid.class, (ex) -> {
				assertThat(ex.status()).isEqualTo("Unrecognized object");
				assertThat(ex.errors()).containsExactly("JSON parse error");
			});
		}
	}

	private static Instant startOf(String timestamp) {
		return parse("""
				{"routing_key":"R0123456789","event_action":"trigger",
				 "payload":{"summary":"Disk full","source":"db1","severity":"error","timestamp":"%s"}}"""
			.formatted(timestamp)).alert().startsAt();
	}

	private static String trigger(String extra) {
		return """
				{"routing_key":"R0123456789","event_action":"trigger",%s
				 "payload":{"summary":"Disk full","source":"db1","severity":"critical"}}""".formatted(extra);
	}

	private static PagerDutyEvent parse(String body) {
		return PagerDutyEvent.parse(body.getBytes(StandardCharsets.UTF_8), NOW);
	}

}
