-- The catalog keeps which components each running maintenance covers, so it no longer
-- reads the status page's notices. The window takes the id of the maintenance notice that
-- runs it; maintenances in progress (or being verified) at the upgrade keep their window.
create table ct_maintenance_window (
    maintenance_id varchar(16) not null,
    component_id   varchar(16) not null references sp_component (id) on delete cascade,
    primary key (maintenance_id, component_id)
);

create index ct_maintenance_window_component on ct_maintenance_window (component_id);

insert into ct_maintenance_window (maintenance_id, component_id)
select ic.incident_id, ic.component_id
from sp_incident_component ic
join sp_incident i on i.id = ic.incident_id
where i.kind = 'MAINTENANCE' and i.status in ('in_progress', 'verifying');

-- Components and their status changes moved from the status page module into the
-- catalog: reactions still waiting to run name the event and its listeners by class.
update event_publication
set event_type = replace(event_type, 'dev.sharpend.catalog.ComponentStatusChanged',
        'dev.sharpend.catalog.ComponentStatusChanged'),
    listener_id = replace(listener_id, 'dev.sharpend.catalog.ComponentStatusChanged',
        'dev.sharpend.catalog.ComponentStatusChanged');
