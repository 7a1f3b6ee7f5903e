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
 * What a chat channel shows for a status change: Slack and Mattermost a {@code text} in
 * their markup, Teams an Adaptive Card (README "Subscribers").
 */
class ChatMessagesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private final StatusPage page = page("pg1", "Acme", "UTC", NOW.minusSeconds(86_400));

	private final Component api = component(this.page.id(), "api1", "API", ComponentStatus.PARTIAL_OUTAGE, 1, NOW);

	private final NoticeUpdate update = update("up1", NoticeStatus.IDENTIFIED, "p99 > 2s & <rising>", NOW);

	private final Notice notice = incident(this.page.id(), "inc1", "API errors", Impact.MAJOR, List.of(this.update),
			Map.of(this.api.id(), ComponentStatus.PARTIAL_OUTAGE));

	private final PageView view = view(this.page, "https://status.example.com", List.of(this.api), List.of(this.notice),
			List.of());

	@Test
	void slackGetsABoldTitleTheEscapedTextAndALinkToTheNotice() {
		JsonNode message = JSON.readTree(ChatMessages.notice(Channel.SLACK, this.view, this.notice, this.update));

		assertThat(List.copyOf(message.propertyNames())).containsExactly("text");
		assertThat(message.get("text").asString()).isEqualTo("*[Acme] API errors – Identified*\n"
				+ "p99 &gt; 2s &amp; &lt;rising&gt;\n<https://status.example.com/incidents/inc1|View the status page>");
	}

	@Test
	void mattermostGetsTheSameTextAsSlack() {
		assertThat(ChatMessages.notice(Channel.MATTERMOST, this.view, this.notice, this.update))
			.isEqualTo(ChatMessages.notice(Channel.SLACK, this.view, this.notice, this.update));
	}

	@Test
	void teamsGetsAnAdaptiveCardWithTheTitleTheTextAsWrittenAndAButtonToTheNotice() {
		JsonNode message = JSON.readTree(ChatMessages.notice(Channel.TEAMS, this.view, this.notice, this.update));

		assertThat(message.get("type").asString()).isEqualTo("message");
		JsonNode attachment = message.get("attachments").get(0);
		assertThat(attachment.get("contentType").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
		JsonNode card = attachment.get("content");
		assertThat(card.get("type").asString()).isEqualTo("AdaptiveCard");
		assertThat(card.get("body").get(0).get("text").asString()).isEqualTo("[Acme] API errors – Identified");
		assertThat(card.get("body").get(0).get("weight").asString()).isEqualTo("Bolder");
		assertThat(card.get("body").get(1).get("text").asString()).isEqualTo("p99 > 2s & <rising>");
		JsonNode action = card.get("actions").get(0);
		assertThat(action.get("type").asString()).isEqualTo("Action.OpenUrl");
		assertThat(action.get("url").asString()).isEqualTo("https://status.example.com/incidents/inc1");
	}

	@Test
	void aComponentChangeSaysWhatItIsNowAndWhatItWasAndLinksToThePage() {
		JsonNode message = JSON
			.readTree(ChatMessages.component(Channel.SLACK, this.view, this.api, ComponentStatus.OPERATIONAL));

		assertThat(message.get("text").asString()).isEqualTo("*[Acme] API is now partial outage*\n"
				+ "It was operational.\n<https://status.example.com|View the status page>");
	}

}
