package dev.sharpend.provider.upstream;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The part of a large provider a team depends on. Google Cloud and AWS publish one feed
 * for every product and region, and some events stay open for months in a region nobody
 * uses, so their adapters keep only the events in scope. Names are matched without regard
 * to case. An empty set means no restriction.
 *
 * @param products Google Cloud product ids or titles, such as {@code Cloud SQL}
 * @param locations Google Cloud location ids or titles, such as {@code europe-west1}
 * @param regions AWS or Azure regions, such as {@code eu-west-1} or {@code West Europe}
 */
public record StatusScope(Set<String> products, Set<String> locations, Set<String> regions) {

	public StatusScope {
		products = cleaned(products);
		locations = cleaned(locations);
		regions = cleaned(regions);
	}

	/** Everything the page publishes. */
	public static StatusScope everything() {
		return new StatusScope(Set.of(), Set.of(), Set.of());
	}

	/** Only these regions (and what the provider publishes for all regions). */
	public static StatusScope regions(String... regions) {
		return new StatusScope(Set.of(), Set.of(), Set.of(regions));
	}

	/** Only these products, in every location unless {@link #inLocations} narrows it. */
	public static StatusScope products(String... products) {
		return new StatusScope(Set.of(products), Set.of(), Set.of());
	}

	/** The same scope narrowed to these locations. */
	public StatusScope inLocations(String... locations) {
		return new StatusScope(this.products, Set.of(locations), this.regions);
	}

	/** Whether any of {@code names} is a region in scope, or no region is asked for. */
	boolean coversRegion(String... names) {
		return this.regions.isEmpty() || anyIn(this.regions, names);
	}

	/** A name as matched: lower case, without spaces, dashes or underscores. */
	static String key(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
	}

	static boolean anyIn(Set<String> wanted, @Nullable String... names) {
		for (String name : names) {
			if (name != null && wanted.stream().anyMatch((w) -> key(w).equals(key(name)))) {
				return true;
			}
		}
		return false;
	}

	/** Whether nothing narrows what is read. */
	public boolean isEverything() {
		return this.products.isEmpty() && this.locations.isEmpty() && this.regions.isEmpty();
	}

	private static Set<String> cleaned(Set<String> names) {
		return names.stream()
			.map(String::strip)
			.filter((n) -> !n.isEmpty())
			.collect(Collectors.collectingAndThen(Collectors.toCollection(TreeSet::new),
					Collections::unmodifiableSortedSet));
	}

}
