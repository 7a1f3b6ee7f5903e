package dev.sharpend.provider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register's forms as a signed-in browser posts them: a refused form comes back with
 * what was typed and the message beside the field, and nothing is added or changed; a
 * good one adds the provider with our components depending on it.
 */
@SharpendIntegrationTest
class ProviderPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aRefusedFormKeepsWhatWasTypedShowsTheMessageByTheFieldAndChangesNothing() {
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		String name = "Papertrail " + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> fields = form(name);
		fields.put("nextReview", "31/03/2027");

		Api.Response refused = browser.submitForm("/providers/new", "/providers", fields);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"nextReview-error\"")
			.contains("Give a date as YYYY-MM-DD")
			.contains("value=\"" + name + "\"")
			.contains("Application logs");
		Api.Response list = browser.get("/providers");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("<h1>Providers</h1>").doesNotContain(name);

		fields.put("nextReview", "2027-03-31");
		Api.Response added = browser.submitForm("/providers/new", "/providers", fields);
		assertThat(added.status()).as(added.toString()).isEqualTo(302);
		String path = added.header("Location").replaceFirst("^https?://[^/]+", "");
		assertThat(path).matches("/providers/[0-9a-f-]{36}");
		assertThat(browser.get(path).body()).contains(name).contains("2027-03-31").contains("Application logs");

		fields.put("name", "");
		fields.put("plan", "changed plan");
		Api.Response unchanged = browser.submitForm(path + "/edit", path, fields);
		assertThat(unchanged.status()).isEqualTo(400);
		assertThat(unchanged.body()).contains("id=\"name-error\"").contains("Give the provider a name.");
		assertThat(browser.get(path).body()).contains(name).doesNotContain("changed plan");
	}

	@Test
	void theListFiltersByKindAndLifecycleAndTheCsvNeedsNoToken() {
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		String name = "Mailgun " + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> fields = form(name);
		fields.put("kind", "email");
		fields.put("lifecycle", "being_replaced");
		assertThat(browser.submitForm("/providers/new", "/providers", fields).status()).isEqualTo(302);

		Api.Response filtered = browser.get("/providers?kind=email&lifecycle=being_replaced&sort=risk");
		assertThat(filtered.status()).isEqualTo(200);
		assertThat(filtered.body()).contains(name);
		assertThat(browser.get("/providers?kind=email&lifecycle=active").body()).doesNotContain(name);
		assertThat(browser.get("/providers?kind=logs").body()).doesNotContain(name);
		Api.Response csv = browser.get("/providers.csv");
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.body()).contains(name + ",E-mail,Being replaced,");
	}

	@Test
	void theFormRecordsOurComponentsDependingOnTheProviderWithTheirNotesWhole() {
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		Api api = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		String run = UUID.randomUUID().toString().substring(0, 8);
		String checkout = OurComponentFixtures.component(api, OurComponentFixtures.page(api, "Shop " + run),
				"Checkout " + run);
		Map<String, Object> fields = form("Stripe " + run);
		fields.put("kind", "payments");
		fields.put("strength[" + checkout + "]", "hard");
		fields.put("note[" + checkout + "]", "card payments, refunds");

		Api.Response added = browser.submitForm("/providers/new", "/providers", fields);
		assertThat(added.status()).as(added.toString()).isEqualTo(302);
		String id = added.header("Location").replaceFirst(".*/providers/", "");
		JsonNode components = api.get("/api/v1/providers/" + id).json().get("components");
		assertThat(components).hasSize(1);
		assertThat(components.get(0).get("name").asString()).isEqualTo("Checkout " + run);
		assertThat(components.get(0).get("strength").asString()).isEqualTo("hard");
		assertThat(components.get(0).get("note").asString()).isEqualTo("card payments, refunds");

		Map<String, Object> odd = new HashMap<>(fields);
		odd.put("strength[../x]", "hard");
		Api.Response refused = browser.submitForm("/providers/" + id + "/edit", "/providers/" + id, odd);
		assertThat(refused.status()).as("a made-up component").isEqualTo(400);
		assertThat(refused.body()).contains("id=\"components-error\"");

		fields.put("strength[" + checkout + "]", "");
		assertThat(browser.submitForm("/providers/" + id + "/edit", "/providers/" + id, fields).status())
			.isEqualTo(302);
		assertThat(api.get("/api/v1/providers/" + id).json().get("components")).as("no dependency chosen").isEmpty();
	}

	@Test
	void theFormSetsHowOftenTheStatusFeedIsReadAndRefusesAnIntervalOutOfRange() {
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		Api api = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		Map<String, Object> fields = form("Loggly " + UUID.randomUUID().toString().substring(0, 8));
		fields.put("statusPollIntervalSeconds", "30");

		Api.Response refused = browser.submitForm("/providers/new", "/providers", fields);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"statusPollIntervalSeconds-error\"")
			.contains("Read a status feed every 60 to 86400 seconds")
			.contains("value=\"30\"");

		fields.put("statusPollIntervalSeconds", "every minute");
		assertThat(browser.submitForm("/providers/new", "/providers", fields).body())
			.contains("id=\"statusPollIntervalSeconds-error\"")
			.contains("Give the interval as a whole number of seconds");

		fields.put("statusPollIntervalSeconds", "120");
		Api.Response added = browser.submitForm("/providers/new", "/providers", fields);
		assertThat(added.status()).as(added.toString()).isEqualTo(302);
		String id = added.header("Location").replaceFirst(".*/providers/", "");
		assertThat(api.get("/api/v1/providers/" + id).json().get("status").get("pollIntervalSeconds").asLong())
			.isEqualTo(120);
		assertThat(browser.get("/providers/" + id + "/edit").body()).contains("value=\"120\"");

		fields.put("statusPollIntervalSeconds", "");
		assertThat(browser.submitForm("/providers/" + id + "/edit", "/providers/" + id, fields).status())
			.isEqualTo(302);
		JsonNode interval = api.get("/api/v1/providers/" + id).json().get("status").get("pollIntervalSeconds");
		assertThat(interval == null || interval.isNull()).as("empty returns to the configured default").isTrue();
	}

	private static Map<String, Object> form(String name) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("name", name);
		fields.put("kind", "logs");
		fields.put("tenancy", "multi_tenant");
		fields.put("lifecycle", "active");
		fields.put("dataHeld", "Application logs");
		fields.put("sensitivity", "internal");
		fields.put("access", "per_user_accounts");
		fields.put("statusFormat", "");
		fields.put("dependsOn", List.of());
		return fields;
	}

}
