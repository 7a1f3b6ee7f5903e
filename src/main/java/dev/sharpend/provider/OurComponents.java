package dev.sharpend.provider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.Components;
import dev.sharpend.statuspage.StatusPage;
import dev.sharpend.statuspage.StatusPages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Our components as the register names them: every component and group of every status
 * page, read through the catalog and status page APIs.
 */
@Service
@Transactional(readOnly = true)
public class OurComponents {

	private final StatusPages pages;

	private final Components components;

	OurComponents(StatusPages pages, Components components) {
		this.pages = pages;
		this.components = components;
	}

	/** Every component and group, page by page in page order. */
	public List<OurComponent> all() {
		List<OurComponent> all = new ArrayList<>();
		for (StatusPage page : this.pages.all()) {
			for (Component c : this.components.onPage(page.id())) {
				all.add(new OurComponent(c.id(), c.name(), page.name(), c.group()));
			}
		}
		return all;
	}

	/** Every component and group by id. */
	public Map<ComponentId, OurComponent> byId() {
		Map<ComponentId, OurComponent> byId = new LinkedHashMap<>();
		all().forEach((c) -> byId.put(c.id(), c));
		return byId;
	}

	/** The name of every component and group by id. */
	public Map<ComponentId, String> names() {
		Map<ComponentId, String> names = new LinkedHashMap<>();
		all().forEach((c) -> names.put(c.id(), c.name()));
		return names;
	}

	/** Whether the component still exists, on whichever page. */
	boolean exists(ComponentId id) {
		return this.components.find(id).isPresent();
	}

	/**
	 * One of our components.
	 *
	 * @param id its id
	 * @param name its name
	 * @param page the name of the status page that shows it
	 * @param group whether it is a group of components
	 */
	public record OurComponent(ComponentId id, String name, String page, boolean group) {
	}

}
