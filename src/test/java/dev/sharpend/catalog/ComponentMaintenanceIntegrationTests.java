package dev.sharpend.catalog;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.sharpend.catalog.ComponentMaintenance.MaintainedComponent;
import dev.sharpend.statuspage.PageSettings;
import dev.sharpend.statuspage.StatusPages;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A maintenance window covers the components it was begun over until it ends; alert
 * intake reads which window covers a component under maintenance.
 */
@SharpendIntegrationTest
class ComponentMaintenanceIntegrationTests {

	@Autowired
	StatusPages pages;

	@Autowired
	Components components;

	@Autowired
	ComponentMaintenance maintenance;

	@Test
	void aWindowCoversItsComponentsFromBeginToEnd() {
		PageId page = page();
		Component database = underMaintenance(page, "Database");
		Component cache = underMaintenance(page, "Cache");
		MaintenanceId window = window();

		this.maintenance.begin(window, List.of(database.id()));

		assertThat(maintainedBy(database)).isEqualTo(window);
		assertThat(maintainedBy(cache)).as("under maintenance by hand").isNull();

		this.maintenance.begin(window, List.of(cache.id()));

		assertThat(maintainedBy(database)).as("no longer covered").isNull();
		assertThat(maintainedBy(cache)).isEqualTo(window);

		this.maintenance.end(window);

		assertThat(maintainedBy(cache)).isNull();
		assertThat(names()).as("the status stays until someone changes it").contains("Cache " + page);
	}

	@Test
	void onlyComponentsUnderMaintenanceAreListedAndTheLowestWindowWins() {
		PageId page = page();
		Component database = underMaintenance(page, "Database");
		Component api = this.components.create(page, settings("API", ComponentStatus.OPERATIONAL));
		MaintenanceId first = new MaintenanceId("a" + page.value());
		MaintenanceId second = new MaintenanceId("b" + page.value());

		this.maintenance.begin(second, Set.of(database.id(), api.id()));
		this.maintenance.begin(first, Set.of(database.id()));

		assertThat(maintainedBy(database)).isEqualTo(first);
		assertThat(names()).doesNotContain("API " + page);
		this.maintenance.end(first);
		assertThat(maintainedBy(database)).isEqualTo(second);
		this.maintenance.end(second);
	}

	@Test
	void aDeletedComponentLeavesItsWindow() {
		PageId page = page();
		Component database = underMaintenance(page, "Database");
		Component cache = underMaintenance(page, "Cache");
		MaintenanceId window = window();
		this.maintenance.begin(window, List.of(database.id(), cache.id()));

		this.components.delete(page, database.id());

		assertThat(names()).doesNotContain("Database " + page);
		assertThat(maintainedBy(cache)).isEqualTo(window);
		this.maintenance.end(window);
	}

	private PageId page() {
		String slug = "c-" + UUID.randomUUID().toString().substring(0, 8);
		return this.pages
			.create(new PageSettings("Catalog " + slug, slug, null, null, null, null, null, null, null, null))
			.id();
	}

	private Component underMaintenance(PageId page, String name) {
		return this.components.create(page, settings(name + " " + page, ComponentStatus.UNDER_MAINTENANCE));
	}

	private static ComponentSettings settings(String name, ComponentStatus status) {
		return new ComponentSettings(name, null, null, false, null, null, null, null, null, status);
	}

	private static MaintenanceId window() {
		return new MaintenanceId(UUID.randomUUID().toString().replace("-", "").substring(0, 16));
	}

	private MaintenanceId maintainedBy(Component component) {
		return this.maintenance.underMaintenance()
			.stream()
			.filter((c) -> c.id().equals(component.id()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(component.name() + " is not under maintenance"))
			.maintenance();
	}

	private List<String> names() {
		return this.maintenance.underMaintenance().stream().map(MaintainedComponent::name).toList();
	}

}
