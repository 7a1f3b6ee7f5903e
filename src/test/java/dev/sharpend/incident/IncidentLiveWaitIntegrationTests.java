package dev.sharpend.incident;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.sharpend.incident.IncidentFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An open incident page waits on the server for its incident to change and hears of an
 * entry as soon as it is written, not at its next poll.
 */
@SharpendIntegrationTest
class IncidentLiveWaitIntegrationTests {

	private static final Pattern WAIT = Pattern.compile("data-wait=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void aWaitingPageIsAnsweredWhenSomeoneWritesAnEntryAndAtOnceWhenItIsAlreadyBehind() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		long n = f.declare("Checkout latency", "severity", "SEV2").get("number").asLong();
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		String waitUrl = waitUrl(browser, n);

		CompletableFuture<Api.Response> waiting = CompletableFuture.supplyAsync(() -> browser.get(waitUrl));
		expect(201, f.admin()
			.postJson("/api/v1/incidents/" + n + "/timeline", Map.of("kind", "observation", "body", "p99 at 4 s")));

		// The hold is 25 s: an answer within 3 s came from the change, not the timeout.
		await().atMost(Duration.ofSeconds(3)).until(waiting::isDone);
		assertThat(waiting.join().status()).isEqualTo(200);
		assertThat(browser.get(waitUrl).status()).as("a page still showing the old version asks again").isEqualTo(200);
		assertThat(waitUrl(browser, n)).as("the page now carries the new version").isNotEqualTo(waitUrl);
	}

	@Test
	void waitingForAnIncidentThatDoesNotExistOrWithoutAVersionIsRefused() {
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		assertThat(browser.get("/response/incidents/INC-999999/live/wait?since=1").status()).isEqualTo(404);
		long n = new IncidentFixtures(this.port).declare("Queue backlog").get("number").asLong();
		assertThat(browser.get("/response/incidents/INC-" + n + "/live/wait").status()).isEqualTo(400);
		assertThat(Api.anonymous(this.port).get("/response/incidents/INC-" + n + "/live/wait?since=1").status())
			.as("signed out")
			.isIn(302, 401);
	}

	static String waitUrl(Api browser, long number) {
		Api.Response page = browser.getHtml("/response/incidents/INC-" + number);
		assertThat(page.status()).isEqualTo(200);
		Matcher matcher = WAIT.matcher(page.body());
		assertThat(matcher.find()).as("the incident page names where to wait").isTrue();
		return matcher.group(1).replace("&amp;", "&");
	}

}
