package dev.sharpend.provider;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.sharpend.provider.upstream.StatusFormat;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderCatalogueTests {

	private final List<CatalogueEntry> entries = new ShippedCatalogue().entries();

	@Test
	void shipsAtLeastSixtyProvidersOfEveryCommonKind() {
		assertThat(this.entries).hasSizeGreaterThanOrEqualTo(60);
		Set<ProviderKind> kinds = new HashSet<>();
		this.entries.forEach((e) -> kinds.add(e.kind()));
		assertThat(kinds)
			.containsAll(Set.of(ProviderKind.DATABASE, ProviderKind.QUEUE, ProviderKind.LOGS, ProviderKind.METRICS,
					ProviderKind.ALERTING, ProviderKind.HOSTING, ProviderKind.CDN, ProviderKind.DNS, ProviderKind.EMAIL,
					ProviderKind.PAYMENTS, ProviderKind.IDENTITY, ProviderKind.SOURCE_CONTROL, ProviderKind.CI));
	}

	@Test
	void namesAreUniqueWhateverTheirCase() {
		Set<String> seen = new HashSet<>();
		List<String> repeated = this.entries.stream()
			.map((e) -> e.name().toLowerCase(Locale.ROOT))
			.filter((name) -> !seen.add(name))
			.toList();
		assertThat(repeated).isEmpty();
		assertThat(this.entries).allSatisfy((e) -> assertThat(e.name()).isNotBlank().isEqualTo(e.name().strip()));
	}

	@Test
	void everyPageAndFeedIsAnAbsoluteHttpsAddress() {
		assertThat(this.entries).allSatisfy((e) -> {
			for (String address : List.of(e.page(), e.feed())) {
				URI uri = URI.create(address);
				assertThat(uri.getScheme()).as(e.name() + " " + address).isEqualTo("https");
				assertThat(uri.getHost()).as(e.name() + " " + address).isNotBlank().contains(".");
				assertThat(uri.getUserInfo()).as(e.name()).isNull();
			}
		});
	}

	@Test
	void everyFeedIsWhereItsFormatServesItsStatus() {
		assertThat(this.entries).allSatisfy((e) -> {
			String host = URI.create(e.page()).getHost();
			String page = e.page().replaceAll("/$", "");
			switch (e.format()) {
				case STATUSPAGE -> assertThat(e.feed()).as(e.name()).isEqualTo(page + "/api/v2/summary.json");
				case INCIDENT_IO -> assertThat(e.feed()).as(e.name()).isEqualTo(page + "/proxy/" + host);
				case INSTATUS -> assertThat(e.feed()).as(e.name()).isEqualTo(page + "/summary.json");
				case BETTER_STACK -> assertThat(e.feed()).as(e.name()).isEqualTo(page + "/index.json");
				case GOOGLE_CLOUD -> assertThat(e.feed()).as(e.name()).endsWith("/incidents.json");
				case AWS_RSS -> assertThat(e.feed()).as(e.name()).endsWith(".rss");
				default -> assertThat(e.feed()).as(e.name()).isNotBlank();
			}
		});
	}

	@Test
	void regionsAreOnlyGivenWhereTheFormatFiltersByRegion() {
		assertThat(this.entries).filteredOn((e) -> !e.regions().isEmpty())
			.isNotEmpty()
			.allSatisfy((e) -> assertThat(e.format()).isIn(StatusFormat.AWS_RSS, StatusFormat.AZURE_RSS));
	}

	@Test
	void findsAnEntryByNameWithoutRegardToCase() {
		ShippedCatalogue catalogue = new ShippedCatalogue();

		assertThat(catalogue.find("github")).get().satisfies((github) -> {
			assertThat(github.page()).isEqualTo("https://www.githubstatus.com");
			assertThat(github.format()).isEqualTo(StatusFormat.STATUSPAGE);
			assertThat(github.kind()).isEqualTo(ProviderKind.SOURCE_CONTROL);
		});
		assertThat(catalogue.find("AWS (eu-west-1)")).get()
			.satisfies((aws) -> assertThat(aws.scope().regions()).containsExactly("eu-west-1"));
	}

}
