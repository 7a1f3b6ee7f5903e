package dev.sharpend.provider.upstream;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What one read of a provider's status page says: its components, its incidents and
 * maintenances, and the status the page states for itself where it states one.
 *
 * @param format the format the page was read as
 * @param stated the page's own overall status, null when the format has none
 * @param components the components, in the page's order
 * @param events the incidents and maintenances the body carries
 */
public record UpstreamReport(StatusFormat format, @Nullable UpstreamStatus stated, List<UpstreamComponent> components,
		List<UpstreamEvent> events) {

	public UpstreamReport {
		components = List.copyOf(components);
		events = List.copyOf(events);
	}

	/** A report whose page states no overall status of its own. */
	public static UpstreamReport of(StatusFormat format, List<UpstreamComponent> components,
			List<UpstreamEvent> events) {
		return new UpstreamReport(format, null, components, events);
	}

	/** The same report with the page's own overall status. */
	public UpstreamReport stating(@Nullable UpstreamStatus status) {
		return new UpstreamReport(this.format, status, this.components, this.events);
	}

	/**
	 * The provider's status as a whole: the worst of what the page states, of its
	 * components and of the impact of its active events. A page's own indicator is often
	 * computed from component states alone and can say "minor" while an open incident is
	 * "major", so none of the three is trusted alone.
	 */
	public UpstreamStatus overall() {
		List<UpstreamStatus> all = new ArrayList<>();
		if (this.stated != null) {
			all.add(this.stated);
		}
		this.components.forEach((c) -> all.add(c.status()));
		this.events.stream().filter(UpstreamEvent::isActive).forEach((e) -> all.add(e.impact().status()));
		return UpstreamStatus.worst(all);
	}

	/** The component the page shows under this name (the first one, as names repeat). */
	public Optional<UpstreamComponent> component(String name) {
		return this.components.stream().filter((c) -> c.name().equals(name)).findFirst();
	}

	/** The event with this provider identifier. */
	public Optional<UpstreamEvent> event(String id) {
		return this.events.stream().filter((e) -> e.id().equals(id)).findFirst();
	}

	/** The incidents open now and the maintenances under way. */
	public List<UpstreamEvent> active() {
		return this.events.stream().filter(UpstreamEvent::isActive).toList();
	}

}
