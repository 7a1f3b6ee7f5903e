package dev.sharpend.catalog;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintenance windows and the components they cover, for modules that treat their signals
 * differently meanwhile (alert intake records alerts for them as suppressed). Whoever
 * runs a maintenance (the status page) begins its window when the work starts and ends it
 * when the work is over, in the transaction that records the change.
 */
@Service
@Transactional
@NamedInterface("api")
public class ComponentMaintenance {

	private final JdbcClient jdbc;

	ComponentMaintenance(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Opens a maintenance window over exactly these components, or changes the components
	 * an open window covers.
	 */
	public void begin(MaintenanceId maintenance, Collection<ComponentId> components) {
		end(maintenance);
		for (ComponentId component : components) {
			this.jdbc.sql("insert into ct_maintenance_window (maintenance_id, component_id) values (:id, :component)")
				.param("id", maintenance.value())
				.param("component", component.value())
				.update();
		}
	}

	/** Closes a maintenance window; nothing happens when it is not open. */
	public void end(MaintenanceId maintenance) {
		this.jdbc.sql("delete from ct_maintenance_window where maintenance_id = :id")
			.param("id", maintenance.value())
			.update();
	}

	/**
	 * Every component (not group) whose status is under maintenance, on any page, with
	 * the open maintenance window that covers it, if there is one.
	 */
	@Transactional(readOnly = true)
	public List<MaintainedComponent> underMaintenance() {
		return this.jdbc.sql("""
				select c.id, c.name, (select min(w.maintenance_id) from ct_maintenance_window w
				        where w.component_id = c.id) as maintenance
				from sp_component c where c.status = 'under_maintenance' and c.is_group = false""")
			.query((rs, row) -> new MaintainedComponent(new ComponentId(rs.getString("id")), rs.getString("name"),
					(rs.getString("maintenance") != null) ? new MaintenanceId(rs.getString("maintenance")) : null))
			.list();
	}

	/**
	 * A component under maintenance.
	 *
	 * @param id the component
	 * @param name its name
	 * @param maintenance the open maintenance window that covers it, or null when its
	 * status was set by hand
	 */
	public record MaintainedComponent(ComponentId id, String name, MaintenanceId maintenance) {
	}

}
