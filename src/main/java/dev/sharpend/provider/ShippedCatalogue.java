package dev.sharpend.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.provider.upstream.StatusFormat;
import dev.sharpend.system.WireCode;

/**
 * The catalogue of well-known providers shipped with Sharpend
 * ({@code provider/catalogue.json}), written by the project from each provider's public
 * status page and the format it documents. A malformed entry fails the start, as the file
 * is part of the build.
 */
final class ShippedCatalogue {

	static final String RESOURCE = "/provider/catalogue.json";

	private final List<CatalogueEntry> entries;

	ShippedCatalogue() {
		this.entries = load();
	}

	/** Every entry, by name. */
	List<CatalogueEntry> entries() {
		return this.entries;
	}

	/** The entry of this name, compared without regard to case. */
	Optional<CatalogueEntry> find(String name) {
		return this.entries.stream().filter((e) -> e.name().equalsIgnoreCase(name.strip())).findFirst();
	}

	private static List<CatalogueEntry> load() {
		try (InputStream in = ShippedCatalogue.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The provider catalogue " + RESOURCE + " is missing.");
			}
			List<CatalogueEntry> entries = new ArrayList<>();
			for (JsonNode node : JsonMapper.builder().build().readTree(in)) {
				entries.add(entry(node));
			}
			entries.sort(Comparator.comparing((CatalogueEntry e) -> e.name().toLowerCase(Locale.ROOT)));
			return List.copyOf(entries);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CatalogueEntry entry(JsonNode node) {
		String name = node.path("name").asString("");
		List<String> regions = new ArrayList<>();
		node.path("regions").forEach((r) -> regions.add(r.asString()));
		return new CatalogueEntry(name, WireCode.parse(ProviderKind.class, node.path("kind").asString(""), "kind"),
				node.path("page").asString(""),
				WireCode.parse(StatusFormat.class, node.path("format").asString(""), "format"),
				node.path("feed").asString(""), regions, false);
	}

}
