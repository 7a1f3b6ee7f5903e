package dev.sharpend.statuspage;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which components are under maintenance right now, for modules that treat their signals
 * differently meanwhile (alert intake records alerts for them as suppressed).
 */
@Service
@NamedInterface("api")
public class ComponentMaintenance {

	private final JdbcClient jdbc;

	ComponentMaintenance(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every component (not group) whose status is under maintenance, on any page, with
	 * the in-progress maintenance that affects it, if there is one.
	 */
	@Transactional(readOnly = true)
	public List<MaintainedComponent> underMaintenance() {
		return this.jdbc.sql("""
				select c.id, c.name, (select min(i.id) from sp_incident_component ic
				        join sp_incident i on i.id = ic.incident_id
				        where ic.component_id = c.id and i.kind = 'MAINTENANCE'
				          and i.status in ('in_progress', 'verifying')) as maintenance
				from sp_component c where c.status = 'under_maintenance' and c.is_group = false""")
			.query((rs, row) -> new MaintainedComponent(new ComponentId(rs.getString("id")), rs.getString("name"),
					(rs.getString("maintenance") != null) ? new NoticeId(rs.getString("maintenance")) : null))
			.list();
	}

	/**
	 * A component under maintenance.
	 *
	 * @param id the component
	 * @param name its name
	 * @param maintenance the in-progress maintenance that affects it, or null when its
	 * status was set by hand
	 */
	public record MaintainedComponent(ComponentId id, String name, NoticeId maintenance) {
	}

}
