package dev.sharpend.statuspage;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Private pages opened by access links, pages bound to a host name, and script typed into
 * editable fields staying text.
 */
@SharpendIntegrationTest
class PrivatePageAccessIntegrationTests {

	private static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)>";

	@LocalServerPort
	int port;

	@Test
	void anAccessLinkOpensAPrivatePageAndItsJsonUntilRevoked() {
		StatusEditorClient editor = new StatusEditorClient(this.port);
		String slug = StatusEditorClient.slug();
		String page = editor.createPage("Private " + slug, slug);
		editor.postOk(page, "",
				Map.of("name", "Private " + slug, "slug", slug, "timeZone", "Etc/UTC", "visibility", "private"));
		Api visitor = Api.anonymous(this.port);
		assertThat(visitor.get("/p/" + slug + "/").status()).isEqualTo(302);
		assertThat(visitor.get("/p/" + slug + "/api/v2/summary.json").status()).isEqualTo(401);

		editor.postOk(page, "/access-links", Map.of("label", "Customer A"));
		String link = StatusEditorClient.textOf(editor.editor(page), "new-access-link");
		assertThat(link).contains("/p/" + slug + "/?access=");
		assertThat(editor.editor(page)).as("shown once").doesNotContain("data-access-link");
		String token = link.substring(link.indexOf("access=") + "access=".length());

		Api.Response opened = visitor.get("/p/" + slug + "/?access=" + token);
		assertThat(opened.status()).isEqualTo(200);
		assertThat(opened.body()).contains("Private " + slug);
		assertThat(opened.header("Cache-Control")).contains("private");
		assertThat(opened.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Lax");
		// The cookie opens the page's other documents without the token in the URL.
		assertThat(visitor.get("/p/" + slug + "/api/v2/summary.json").status()).isEqualTo(200);
		assertThat(visitor.get("/p/" + slug + "/history").status()).isEqualTo(200);
		assertThat(Api.anonymous(this.port).get("/p/" + slug + "/?access=not-the-token").status()).isEqualTo(302);

		String other = StatusEditorClient.slug();
		String otherPage = editor.createPage("Other " + other, other);
		editor.postOk(otherPage, "",
				Map.of("name", "Other " + other, "slug", other, "timeZone", "Etc/UTC", "visibility", "private"));
		assertThat(visitor.get("/p/" + other + "/?access=" + token).status()).as("a link opens one page only")
			.isEqualTo(302);

		String linkId = editor.browser()
			.get("/status-pages/" + page)
			.body()
			.replaceAll("(?s).*/access-links/([a-z0-9]+)/revoke.*", "$1");
		editor.postOk(page, "/access-links/" + linkId + "/revoke", Map.of());
		assertThat(visitor.get("/p/" + slug + "/").status()).isEqualTo(302);
		assertThat(visitor.get("/p/" + slug + "/api/v2/summary.json").status()).isEqualTo(401);
		assertThat(editor.browser().get("/p/" + slug + "/").status()).as("signed in with statuspage:read")
			.isEqualTo(200);
	}

	@Test
	void aHostNameServesItsPageAtTheRoot() {
		StatusEditorClient editor = new StatusEditorClient(this.port);
		String slug = StatusEditorClient.slug();
		String host = "status-" + UUID.randomUUID().toString().substring(0, 8) + ".example.test";
		String page = editor.createPage("Hosted " + slug, slug);
		String other = StatusEditorClient.slug();
		editor.postOk(editor.createPage("Default " + other, other), "",
				Map.of("name", "Default " + other, "slug", other, "isDefault", "true", "visibility", "public"));
		editor.postOk(page, "/components", Map.of("name", "Checkout"));
		editor.postOk(page, "", Map.of("name", "Hosted " + slug, "slug", slug, "hostname", host, "timeZone", "Etc/UTC",
				"visibility", "public"));
		String checkout = editor.componentId(page, "Checkout");
		editor.postOk(page, "/incidents", Map.of("name", "Checkout slow", "body", "Looking.", "affected",
				List.of(checkout), "status." + checkout, "degraded_performance"));
		String id = editor.notice(page, "incidents", "Checkout slow").get("id").asString();

		StatusEditorClient.Raw root = editor.getWithHost("/", host);
		assertThat(root.status()).isEqualTo(200);
		assertThat(root.text()).contains("Hosted " + slug).contains("Checkout slow");
		assertThat(editor.getWithHost("/api/v2/status.json", host.toUpperCase()).text())
			.contains("\"indicator\":\"minor\"");
		assertThat(editor.getWithHost("/incidents/" + id, host).text()).contains("Checkout slow").contains("Looking.");
		assertThat(editor.getWithHost("/history", host).text()).contains("Checkout slow");
		assertThat(editor.getWithHost("/", "elsewhere.example.test").text()).doesNotContain("Hosted " + slug);
	}

	@Test
	void scriptInEveryEditableFieldStaysText() {
		StatusEditorClient editor = new StatusEditorClient(this.port);
		String slug = StatusEditorClient.slug();
		String page = editor.createPage("X" + SCRIPT, slug);
		editor.postOk(page, "", Map.of("name", "X" + SCRIPT, "slug", slug, "timeZone", "Etc/UTC", "visibility",
				"public", "footerLinks", SCRIPT + " | https://example.com/?q=\"><script>alert(2)</script>"));
		editor.postOk(page, "/components", Map.of("name", "C" + SCRIPT, "description", "D" + SCRIPT));
		String component = editor.componentId(page, "C" + SCRIPT);
		editor.postOk(page, "/incidents",
				Map.of("name", "I" + SCRIPT, "body", "B" + SCRIPT + "\n\n[x](javascript:alert(3))", "affected",
						List.of(component), "status." + component, "major_outage"));
		String incident = editor.notice(page, "incidents", "I" + SCRIPT).get("id").asString();
		editor.postOk(page, "/notices/" + incident + "/updates", Map.of("status", "identified", "body", "U" + SCRIPT));
		editor.postOk(page, "/maintenances", Map.of("name", "M" + SCRIPT, "body", "MB" + SCRIPT, "scheduledFor",
				"2031-01-01T10:00", "scheduledUntil", "2031-01-01T11:00"));
		editor.postOk(page, "/templates",
				Map.of("name", "T" + SCRIPT, "title", "TT" + SCRIPT, "body", "TB" + SCRIPT, "componentStatus", ""));
		editor.postOk(page, "/access-links", Map.of("label", "L" + SCRIPT));
		Api anonymous = Api.anonymous(this.port);
		List<String> pages = List.of(editor.editor(page), anonymous.get("/p/" + slug + "/").body(),
				anonymous.get("/p/" + slug + "/incidents/" + incident).body(),
				anonymous.get("/p/" + slug + "/history").body(), editor.browser().get("/status-pages").body(),
				editor.browser()
					.postForm(
							"/status-pages/markdown-preview?_csrf="
									+ StatusPageEditorIntegrationTests.csrfOf(editor.editor(page)),
							Map.of("body", SCRIPT))
					.body());
		for (String html : pages) {
			assertThat(html).doesNotContain("<script>alert")
				.doesNotContain("<img src=x")
				.doesNotContain("href=\"javascript:")
				.doesNotContain("\"><script>");
		}
		assertThat(pages.get(0)).contains("&lt;script&gt;alert(");
		assertThat(pages.get(1)).contains("I&lt;script&gt;alert(");
	}

}
