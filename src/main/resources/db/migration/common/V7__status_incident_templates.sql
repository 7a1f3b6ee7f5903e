-- Incident templates: prepared text an editor picks when opening a status incident.
create table sp_incident_template (
    id               varchar(16)    primary key,
    page_id          varchar(16)    not null references sp_page (id) on delete cascade,
    name             varchar(200)   not null,
    title            varchar(300)   not null,
    body             varchar(20000) not null,
    component_status varchar(30),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);

create index sp_incident_template_page on sp_incident_template (page_id, name);
