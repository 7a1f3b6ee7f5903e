package dev.sharpend.statuspage.uptime;

import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.Components;
import dev.sharpend.catalog.StatusPeriod;
import dev.sharpend.statuspage.PageView;

/** Reads a page's status history and computes each component's uptime bars. */
@org.springframework.stereotype.Component
public class PageUptime {

	private final Components components;

	PageUptime(Components components) {
		this.components = components;
	}

	/** Uptime of each component (not groups) of the page, by component id. */
	public Map<ComponentId, Uptime.Bars> of(PageView view) {
		ZoneId zone = ZoneId.of(view.page().timeZone());
		Map<ComponentId, List<StatusPeriod>> history = this.components
			.history(view.page().id(), view.builtAt().minus(Duration.ofDays(Uptime.DAYS + 1)), view.builtAt())
			.stream()
			.collect(Collectors.groupingBy(StatusPeriod::component));
		Map<ComponentId, Uptime.Bars> bars = new LinkedHashMap<>();
		for (Component c : view.components()) {
			if (!c.group()) {
				bars.put(c.id(),
						Uptime.of(c, history.getOrDefault(c.id(), List.of()), view.incidents(), zone, view.builtAt()));
			}
		}
		return bars;
	}

}
