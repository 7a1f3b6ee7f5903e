-- Which of our components depend on which provider: hard (the component fails when the
-- provider does: its critical path) or soft (it degrades but keeps working). Components
-- belong to the catalog; a removed component's rows are dropped by the provider module
-- when it hears of the removal, so there is no foreign key across modules.
create table provider_component_dependency (
    provider_id  uuid          not null references provider (id) on delete cascade,
    component_id varchar(16)   not null,
    strength     varchar(16)   not null,
    note         varchar(1000) not null,
    primary key (provider_id, component_id),
    check (strength in ('hard', 'soft'))
);

create index provider_component_dependency_component on provider_component_dependency (component_id);
