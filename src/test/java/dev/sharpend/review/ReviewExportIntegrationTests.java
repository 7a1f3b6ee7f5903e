package dev.sharpend.review;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.Test;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.sharpend.review.ReviewFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

@SharpendIntegrationTest
class ReviewExportIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void exportedMarkdownImportsAsAReviewThatExportsTheSame() {
		ReviewFixtures f = new ReviewFixtures(this.port, this.accounts, this.tokens);
		long id = f.createReview(f.admin(), null, "Near miss: certificate almost expired").get("id").asLong();
		String path = "/api/v1/reviews/" + id;
		expect(200,
				f.admin()
					.sendJson("PATCH", path,
							Map.of("sections",
									Map.of("summary",
											"A certificate was **two days** from expiry.\n\nNobody was paged.", "lucky",
											"Someone read the dashboard."))));
		expect(201,
				f.admin()
					.postJson(path + "/factors",
							Map.of("type", "tooling", "description", "Expiry was only on a dashboard.\n\nNo alert.")));
		expect(201, f.admin()
			.postJson(path + "/mitigators", Map.of("type", "knowledge", "description", "Renewal is documented")));
		String ops = f.person("ops");
		expect(201,
				f.admin()
					.postJson(path + "/action-items", Map.of("title", "Alert 14 days before expiry", "owner", ops,
							"due", "2031-01-15", "trackerUrl", "https://tracker.example.test/OPS-1")));

		Api.Response exported = f.admin().get(path + "/export.md");
		assertThat(exported.status()).isEqualTo(200);
		assertThat(exported.header("Content-Type")).startsWith("text/markdown");
		String markdown = exported.body();
		assertThat(markdown).startsWith("# Near miss: certificate almost expired")
			.contains("## Summary", "two days", "## Contributing factors", "### tooling", "## Mitigators",
					"### Alert 14 days before expiry", "- Owner: " + ops)
			.doesNotContainIgnoringCase("root cause");

		Api.Response imported = f.admin().sendJson("POST", "/api/v1/reviews/import", markdown);
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		long copy = imported.json().get("id").asLong();
		String again = f.admin().get("/api/v1/reviews/" + copy + "/export.md").body();
		assertThat(again).isEqualTo(markdown);
	}

	@Test
	void headingsAndCodeWrittenInsideProseSurviveExportAndImport() {
		ReviewFixtures f = new ReviewFixtures(this.port, this.accounts, this.tokens);
		long id = f.createReview(f.admin(), null, "Near miss: a config push").get("id").asLong();
		String path = "/api/v1/reviews/" + id;
		String summary = "A config push almost went to every region.\n\n## What we knew then\n\nOnly the canary.\n\n"
				+ "```\n## Summary\n# not a title\n### technical\n```";
		String factor = "The push tool has no region limit.\n\n### Why that mattered\n\nOne typo reaches all regions.";
		expect(200, f.admin().sendJson("PATCH", path, Map.of("sections", Map.of("summary", summary))));
		expect(201, f.admin().postJson(path + "/factors", Map.of("type", "tooling", "description", factor)));

		String markdown = f.admin().get(path + "/export.md").body();
		Api.Response imported = f.admin().sendJson("POST", "/api/v1/reviews/import", markdown);
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		String copy = "/api/v1/reviews/" + imported.json().get("id").asLong();
		assertThat(f.admin().get(copy).json().get("sections").get("summary").asString()).isEqualTo(summary);
		assertThat(f.admin().get(copy + "/export.md").body()).isEqualTo(markdown);
	}

	@Test
	void pdfExportContainsTheSectionsAndFactors() throws Exception {
		ReviewFixtures f = new ReviewFixtures(this.port, this.accounts, this.tokens);
		long id = f.createReview(f.admin(), null, "Near miss: queue almost full").get("id").asLong();
		String path = "/api/v1/reviews/" + id;
		expect(200, f.admin().sendJson("PATCH", path, Map.of("sections", Map.of("summary", "The queue reached 90%."))));
		expect(201,
				f.admin()
					.postJson(path + "/factors",
							Map.of("type", "process", "description", "Capacity reviews stopped last spring")));
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path + "/export.pdf"))
				.header("Authorization", "Bearer " + TestKeys.ADMIN_TOKEN)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Near miss: queue almost full", "Summary", "The queue reached 90%.",
					"Contributing factors", "Capacity reviews stopped last spring", "Action items");
		}
	}

	@Test
	void pdfExportOfAReviewStoredWithControlCharactersStillRenders() throws Exception {
		ReviewFixtures f = new ReviewFixtures(this.port, this.accounts, this.tokens);
		long id = f.createReview(f.admin(), null, "Near miss: plain").get("id").asLong();
		String path = "/api/v1/reviews/" + id;
		expect(200, f.admin().sendJson("PATCH", path, Map.of("sections", Map.of("summary", "Plain summary."))));
		this.jdbc.sql("update review set title = :title where id = :id")
			.param("title", "Near miss:\u0001 bell\u0007 rang")
			.param("id", id)
			.update();
		this.jdbc.sql("update review_section set body = :body where review_id = :id and section_key = 'summary'")
			.param("body", "Escape \u001b[31mred\u001b[0m and &#1; entity.")
			.param("id", id)
			.update();
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path + "/export.pdf"))
				.header("Authorization", "Bearer " + TestKeys.ADMIN_TOKEN)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Near miss: bell rang", "[31mred");
		}
	}

	@Test
	void importWithoutATitleIsRefused() {
		ReviewFixtures f = new ReviewFixtures(this.port, this.accounts, this.tokens);
		Api.Response refused = f.admin().sendJson("POST", "/api/v1/reviews/import", "## Summary\n\nNo title.\n");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("markdown");
	}

}
