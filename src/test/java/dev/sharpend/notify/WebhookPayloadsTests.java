package dev.sharpend.notify;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.statuspage.Impact;
import dev.sharpend.statuspage.Notice;
import dev.sharpend.statuspage.NoticeStatus;
import dev.sharpend.statuspage.NoticeUpdate;
import dev.sharpend.statuspage.PageView;
import dev.sharpend.statuspage.StatusPage;

import static dev.sharpend.statuspage.StatusPageSamples.component;
import static dev.sharpend.statuspage.StatusPageSamples.incident;
import static dev.sharpend.statuspage.StatusPageSamples.page;
import static dev.sharpend.statuspage.StatusPageSamples.update;
import static dev.sharpend.statuspage.StatusPageSamples.view;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subscriber webhook bodies, checked against the field names of the hosted product's
 * subscriber webhooks (README "Subscribers"), which existing receivers parse.
 */
class WebhookPayloadsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00.250Z");

	private static final String UNSUBSCRIBE = "https://status.example.com/unsubscribe/tok123";

	/** The incident fields the hosted product documents; Sharpend sends a subset. */
	private static final List<String> DOCUMENTED_INCIDENT = List.of("name", "status", "created_at", "updated_at",
			"monitoring_at", "resolved_at", "impact", "shortlink", "postmortem_ignored", "postmortem_body",
			"postmortem_body_last_updated_at", "postmortem_published_at", "postmortem_notified_subscribers",
			"postmortem_notified_twitter", "backfilled", "scheduled_for", "scheduled_until", "scheduled_remind_prior",
			"scheduled_reminded_at", "impact_override", "scheduled_auto_in_progress", "scheduled_auto_completed", "id",
			"page_id", "incident_updates", "components");

	private static final List<String> DOCUMENTED_UPDATE = List.of("status", "body", "created_at",
			"wants_twitter_update", "twitter_updated_at", "updated_at", "display_at", "affected_components",
			"custom_tweet", "deliver_notifications", "id", "incident_id");

	private static final List<String> DOCUMENTED_COMPONENT = List.of("status", "name", "created_at", "updated_at",
			"position", "description", "showcase", "id", "page_id", "group_id");

	private final StatusPage page = page("pg1", "Acme", "Europe/Berlin", NOW.minusSeconds(86_400));

	private final Component api = component(this.page.id(), "api1", "API", ComponentStatus.MAJOR_OUTAGE, 1,
			NOW.minusSeconds(600));

	private final Component web = component(this.page.id(), "web1", "Website", ComponentStatus.OPERATIONAL, 2,
			NOW.minusSeconds(86_400));

	@Test
	void anIncidentCarriesMetaPageAndTheIncidentWithTheDocumentedFieldNames() {
		NoticeUpdate first = update("up1", NoticeStatus.INVESTIGATING, "Requests fail.", NOW.minusSeconds(600),
				new NoticeUpdate.ComponentChange(this.api.id(), "API", ComponentStatus.OPERATIONAL,
						ComponentStatus.MAJOR_OUTAGE));
		NoticeUpdate second = update("up2", NoticeStatus.IDENTIFIED, "A bad deploy; rolling back.", NOW);
		Notice notice = incident(this.page.id(), "inc1", "API errors", Impact.CRITICAL, List.of(second, first),
				Map.of(this.api.id(), ComponentStatus.MAJOR_OUTAGE));
		PageView view = view(this.page, "https://status.example.com", List.of(this.api, this.web), List.of(notice),
				List.of());

		JsonNode body = JSON.readTree(WebhookPayloads.incident(view, notice, UNSUBSCRIBE, NOW));

		assertThat(names(body)).containsExactly("meta", "page", "incident");
		assertThat(body.get("meta").get("unsubscribe").asString()).isEqualTo(UNSUBSCRIBE);
		assertThat(body.get("meta").get("documentation").asString()).isEqualTo("https://status.example.com");
		assertThat(body.get("meta").get("generated_at").asString()).isEqualTo("2026-12-01T10:00:00.250Z");
		assertThat(body.get("page").get("id").asString()).isEqualTo("pg1");
		assertThat(body.get("page").get("status_indicator").asString()).isEqualTo("critical");
		assertThat(body.get("page").get("status_description").asString()).isEqualTo("Major System Outage");

		JsonNode incident = body.get("incident");
		assertThat(DOCUMENTED_INCIDENT).containsAll(names(incident));
		assertThat(incident.get("id").asString()).isEqualTo("inc1");
		assertThat(incident.get("name").asString()).isEqualTo("API errors");
		assertThat(incident.get("status").asString()).isEqualTo("identified");
		assertThat(incident.get("impact").asString()).isEqualTo("critical");
		assertThat(incident.get("shortlink").asString()).isEqualTo("https://status.example.com/incidents/inc1");
		assertThat(incident.get("resolved_at").isNull()).isTrue();
		assertThat(incident.get("scheduled_for").isNull()).isTrue();

		JsonNode updates = incident.get("incident_updates");
		assertThat(updates).hasSize(2);
		assertThat(DOCUMENTED_UPDATE).containsAll(names(updates.get(0)));
		assertThat(updates.get(0).get("body").asString()).isEqualTo("A bad deploy; rolling back.");
		assertThat(updates.get(0).get("affected_components").isNull()).isTrue();
		assertThat(updates.get(0).get("incident_id").asString()).isEqualTo("inc1");
		JsonNode change = updates.get(1).get("affected_components").get(0);
		assertThat(names(change)).containsExactly("code", "name", "old_status", "new_status");
		assertThat(change.get("code").asString()).isEqualTo("api1");
		assertThat(change.get("old_status").asString()).isEqualTo("operational");
		assertThat(change.get("new_status").asString()).isEqualTo("major_outage");

		JsonNode components = incident.get("components");
		assertThat(components).hasSize(1);
		assertThat(names(components.get(0))).containsExactlyElementsOf(DOCUMENTED_COMPONENT);
		assertThat(components.get(0).get("status").asString()).isEqualTo("major_outage");
	}

	@Test
	void aComponentChangeCarriesTheComponentAndTheUpdateAsDocumented() {
		PageView view = view(this.page, "https://status.example.com", List.of(this.api, this.web), List.of(),
				List.of());

		JsonNode body = JSON.readTree(
				WebhookPayloads.componentUpdate(view, this.api, ComponentStatus.OPERATIONAL, "cu1", UNSUBSCRIBE, NOW));

		assertThat(names(body)).containsExactly("meta", "page", "component", "component_update");
		assertThat(names(body.get("component"))).containsExactlyElementsOf(DOCUMENTED_COMPONENT);
		assertThat(body.get("component").get("name").asString()).isEqualTo("API");
		assertThat(body.get("component").get("group_id").isNull()).isTrue();
		JsonNode update = body.get("component_update");
		assertThat(names(update)).containsExactly("old_status", "new_status", "created_at", "component_type", "id",
				"component_id");
		assertThat(update.get("old_status").asString()).isEqualTo("operational");
		assertThat(update.get("new_status").asString()).isEqualTo("major_outage");
		assertThat(update.get("component_type").asString()).isEqualTo("Component");
		assertThat(update.get("component_id").asString()).isEqualTo("api1");
		assertThat(body.get("page").get("status_indicator").asString()).isEqualTo("critical");
	}

	private static List<String> names(JsonNode node) {
		return List.copyOf(node.propertyNames());
	}

}
