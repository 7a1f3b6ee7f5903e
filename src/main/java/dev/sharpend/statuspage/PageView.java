package dev.sharpend.statuspage;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;

import org.springframework.modulith.NamedInterface;

/**
 * Everything a status page shows at one moment, read once from the database and then used
 * for the HTML page and every JSON document, so they always agree.
 *
 * @param page the page
 * @param url the page's public URL, without a trailing slash
 * @param components all components and groups, by position
 * @param incidents the most recent status incidents, newest first
 * @param maintenances the most recent maintenances, newest first
 * @param builtAt when this view was read
 */
@NamedInterface("api")
public record PageView(StatusPage page, String url, List<Component> components, List<Notice> incidents,
		List<Notice> maintenances, Instant builtAt) {

	/** The status shown for a component; a group shows the worst of its members. */
	public ComponentStatus statusOf(Component component) {
		if (!component.group()) {
			return component.status();
		}
		return membersOf(component).stream()
			.map(Component::status)
			.reduce(ComponentStatus.OPERATIONAL, ComponentStatus::worse);
	}

	public List<Component> membersOf(Component group) {
		return this.components.stream().filter((c) -> group.id().equals(c.groupId())).toList();
	}

	/** Groups and ungrouped components, in page order. */
	public List<Component> topLevel() {
		return this.components.stream()
			.filter((c) -> c.groupId() == null)
			.sorted(Comparator.comparingInt(Component::position))
			.toList();
	}

	public Optional<Component> component(ComponentId id) {
		return Optional.ofNullable(byId().get(id));
	}

	private Map<ComponentId, Component> byId() {
		return this.components.stream().collect(Collectors.toMap(Component::id, Function.identity()));
	}

	public List<Notice> unresolvedIncidents() {
		return this.incidents.stream().filter((n) -> !n.status().closed()).toList();
	}

	public List<Notice> activeMaintenances() {
		return this.maintenances.stream()
			.filter((n) -> n.status() == NoticeStatus.IN_PROGRESS || n.status() == NoticeStatus.VERIFYING)
			.toList();
	}

	/** Maintenances not started yet, soonest first. */
	public List<Notice> upcomingMaintenances() {
		return this.maintenances.stream()
			.filter((n) -> n.status() == NoticeStatus.SCHEDULED)
			.sorted(Comparator.comparing((Notice n) -> n.schedule().scheduledFor()))
			.toList();
	}

	/**
	 * The page's overall status: the worse of its components' and its open incidents'.
	 */
	public Overall overall() {
		Overall overall = Overall.OPERATIONAL;
		for (Component c : this.components) {
			if (!c.group() && c.showcase()) {
				overall = overall.worse(Overall.of(c.status()));
			}
		}
		for (Notice n : unresolvedIncidents()) {
			overall = overall.worse(Overall.of(n.impact()));
		}
		if (overall.rank() == 0 && !activeMaintenances().isEmpty()) {
			overall = Overall.MAINTENANCE;
		}
		return overall;
	}

	/** The names of the components a notice affects (or affected), in page order. */
	public List<String> affectedNames(Notice notice) {
		return this.components.stream()
			.filter((c) -> notice.affected().containsKey(c.id()))
			.map(Component::name)
			.toList();
	}

	/**
	 * Which components a notice affects, as readers are told it, such as "This incident
	 * affected: API, Checkout"; empty when it affects none.
	 */
	public String affectedSentence(Notice notice) {
		List<String> names = affectedNames(notice);
		if (names.isEmpty()) {
			return "";
		}
		String kind = (notice.kind() == NoticeKind.MAINTENANCE) ? "maintenance" : "incident";
		String verb = notice.status().closed() ? "affected" : "affects";
		return "This " + kind + " " + verb + ": " + String.join(", ", names);
	}

	public String noticeUrl(Notice notice) {
		return this.url + "/incidents/" + notice.id().value();
	}

}
