package dev.sharpend.incident;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.sharpend.catalog.Component;
import dev.sharpend.statuspage.StatusPages;
import dev.sharpend.system.RequestRejected;

import org.springframework.stereotype.Service;

/**
 * Finds status page components by id across all pages; incidents name components without
 * their page, since a component id is unique.
 */
@Service
class ComponentDirectory {

	private final StatusPages pages;

	ComponentDirectory(StatusPages pages) {
		this.pages = pages;
	}

	List<AffectedComponent> resolve(List<String> ids, String field) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		Map<String, Component> all = this.pages.all()
			.stream()
			.flatMap((p) -> this.pages.components(p.id()).stream())
			.collect(Collectors.toMap((c) -> c.id().value(), Function.identity()));
		List<AffectedComponent> result = new ArrayList<>();
		for (String id : new LinkedHashSet<>(ids)) {
			Component component = all.get(id);
			if (component == null) {
				throw RequestRejected.invalid(field, "There is no status page component " + id + ".");
			}
			result.add(new AffectedComponent(component.page().value(), id));
		}
		return result;
	}

}
