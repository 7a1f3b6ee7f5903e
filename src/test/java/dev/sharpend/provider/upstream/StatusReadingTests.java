package dev.sharpend.provider.upstream;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.sharpend.provider.upstream.UpstreamFixtures.body;
import static dev.sharpend.provider.upstream.UpstreamFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatusReadingTests {

	@Test
	void detectsEachFormatFromTheBodyAlone() {
		Map<String, StatusFormat> fixtures = Map.ofEntries(
				Map.entry("statuspage-summary.json", StatusFormat.STATUSPAGE),
				Map.entry("statuspage-incidents-2019.json", StatusFormat.STATUSPAGE),
				Map.entry("incidentio-shim-summary.json", StatusFormat.STATUSPAGE),
				Map.entry("incidentio-proxy-summary.json", StatusFormat.INCIDENT_IO),
				Map.entry("incidentio-proxy-incidents.json", StatusFormat.INCIDENT_IO),
				Map.entry("instatus-summary.json", StatusFormat.INSTATUS),
				Map.entry("instatus-components.json", StatusFormat.INSTATUS),
				Map.entry("instatus-components-list.json", StatusFormat.INSTATUS),
				Map.entry("betterstack-index.json", StatusFormat.BETTER_STACK),
				Map.entry("cachet2-components.json", StatusFormat.CACHET_2),
				Map.entry("cachet2-incidents.json", StatusFormat.CACHET_2),
				Map.entry("cachet3-components.json", StatusFormat.CACHET_3),
				Map.entry("cachet3-incidents.json", StatusFormat.CACHET_3),
				Map.entry("google-cloud-incidents.json", StatusFormat.GOOGLE_CLOUD),
				Map.entry("aws-all.rss", StatusFormat.AWS_RSS), Map.entry("aws-healthy.rss", StatusFormat.AWS_RSS),
				Map.entry("azure-status.rss", StatusFormat.AZURE_RSS),
				Map.entry("slack-current.json", StatusFormat.SLACK), Map.entry("slack-ok.json", StatusFormat.SLACK),
				Map.entry("statuspage-history.atom", StatusFormat.FEED));

		fixtures.forEach((name, format) -> assertThat(StatusReading.detect(body(name))).as(name).isEqualTo(format));
	}

	@Test
	void refusesAFeedDeclaringAnExternalEntityWithoutReadingTheFile(@TempDir Path dir) throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "top-secret-value");
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE rss [<!ENTITY leak SYSTEM "%s">]>
				<rss version="2.0"><channel><title>Status</title><link>https://status.example.com</link>
				<description>x</description><item><title>&leak;</title><guid>1</guid></item></channel></rss>
				""".formatted(secret.toUri());

		assertThatThrownBy(() -> StatusReading.read(text(xxe), StatusScope.everything()))
			.isInstanceOf(UnreadableStatus.class)
			.hasMessageContaining("DOCTYPE")
			.hasMessageNotContaining("top-secret-value");
	}

	@Test
	void refusesAnHtmlPageAnsweredWithStatus200() {
		StatusBody html = text("<!DOCTYPE html><html><head><title>Status</title></head><body>All good</body></html>");

		assertThatThrownBy(() -> StatusReading.read(html, StatusScope.everything()))
			.isInstanceOf(UnreadableStatus.class)
			.hasMessageContaining("HTML page");
	}

	@Test
	void refusesJsonOfNoKnownFormatAndBrokenJson() {
		assertThatThrownBy(() -> StatusReading.read(text("{\"hello\":\"world\"}"), StatusScope.everything()))
			.isInstanceOf(UnreadableStatus.class)
			.hasMessageContaining("no status page format");
		assertThatThrownBy(() -> StatusReading.read(text("{\"page\": {"), StatusScope.everything()))
			.isInstanceOf(UnreadableStatus.class)
			.hasMessageContaining("broken JSON");
		assertThatThrownBy(() -> StatusReading.read(text("  "), StatusScope.everything()))
			.isInstanceOf(UnreadableStatus.class)
			.hasMessageContaining("empty body");
	}

	@Test
	void refusesABodyOfAnotherFormatThanExpected() {
		assertThatThrownBy(() -> StatusReading.read(StatusFormat.INSTATUS, body("statuspage-summary.json"),
				StatusScope.everything()))
			.isInstanceOf(UnreadableStatus.class)
			.hasMessage("Expected Instatus but the page answered with Atlassian Statuspage v2.");
		assertThat(StatusReading.read(StatusFormat.FEED, body("aws-all.rss"), StatusScope.everything()).format())
			.isEqualTo(StatusFormat.FEED);
	}

	@Test
	void readsUtf16Json() {
		String json = new String(body("slack-current.json").bytes(), StandardCharsets.UTF_8);
		StatusBody utf16 = new StatusBody(json.getBytes(StandardCharsets.UTF_16LE), UpstreamFixtures.NOW);

		assertThat(StatusReading.read(utf16, StatusScope.everything()).overall())
			.isEqualTo(UpstreamStatus.PARTIAL_OUTAGE);
	}

	@Test
	void stopsReadingAnEndlessBodyJustPastTheLimit() {
		CountingEndless endless = new CountingEndless();

		assertThatThrownBy(() -> StatusBody.read(endless, UpstreamFixtures.NOW)).isInstanceOf(UnreadableStatus.class)
			.hasMessageContaining("more than 4 MB");
		assertThat(endless.served).isLessThanOrEqualTo(StatusBody.LIMIT + 64 * 1024);
	}

	/** A body that never ends, counting what was taken from it. */
	private static final class CountingEndless extends InputStream {

		long served;

		@Override
		public int read() {
			this.served++;
			return ' ';
		}

		@Override
		public int read(byte[] b, int off, int len) {
			java.util.Arrays.fill(b, off, off + len, (byte) ' ');
			this.served += len;
			return len;
		}

	}

}
