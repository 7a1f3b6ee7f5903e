-- Which of a provider's own components matter to us, and what follows when one of them
-- is not operational: a note on our component, or also an automatic status for it, never
-- worse than the cap the team chose. Our components belong to the catalog, so they are
-- named by id without a foreign key; the provider module drops rows of deleted components
-- when it hears of them.
create table provider_component_mapping (
    provider_id        uuid         not null references provider (id) on delete cascade,
    upstream_component varchar(300) not null,
    component_id       varchar(16)  not null,
    rule               varchar(16)  not null,
    cap                varchar(32)  not null,
    primary key (provider_id, upstream_component, component_id)
);

create index provider_component_mapping_component on provider_component_mapping (component_id);

-- A status Sharpend set on one of our components because of its providers: what it set,
-- what the component had before (restored when the providers recover), and whether a
-- person has since overridden it (which ends at the next upstream change unless locked).
create table provider_degradation (
    component_id    varchar(16) primary key,
    applied_status  varchar(32) not null,
    previous_status varchar(32) not null,
    since           timestamp with time zone not null,
    overridden      boolean     not null,
    locked          boolean     not null
);

-- A provider's status as a whole over time, as Sharpend read it: one row per period,
-- the open one without an end. With the incidents the provider publishes, it gives the
-- hours the provider was unwell.
create table provider_status_period (
    provider_id uuid        not null references provider (id) on delete cascade,
    status      varchar(32) not null,
    started_at  timestamp with time zone not null,
    ended_at    timestamp with time zone,
    primary key (provider_id, started_at)
);
