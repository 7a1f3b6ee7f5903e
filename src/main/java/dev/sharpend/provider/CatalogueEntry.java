package dev.sharpend.provider;

import java.util.List;
import java.util.Set;

import dev.sharpend.provider.upstream.StatusFormat;
import dev.sharpend.provider.upstream.StatusScope;

/**
 * A well-known provider as the catalogue suggests it: choosing it prefills a new
 * provider's kind, status page and how that page is read.
 *
 * @param name the provider's name, unique in the catalogue (with the region where one
 * provider is offered per region, such as {@code AWS (eu-west-1)})
 * @param kind what it does
 * @param page the status page people open
 * @param format how its status is read
 * @param feed the address polled for it, an API or feed of the page
 * @param regions the regions watched, empty for all
 * @param team whether the team added or changed it (rather than shipped with Sharpend)
 */
public record CatalogueEntry(String name, ProviderKind kind, String page, StatusFormat format, String feed,
		List<String> regions, boolean team) {

	public CatalogueEntry {
		regions = List.copyOf(regions);
	}

	/** The part of the provider the feed is read for. */
	public StatusScope scope() {
		return new StatusScope(Set.of(), Set.of(), Set.copyOf(this.regions));
	}

}
