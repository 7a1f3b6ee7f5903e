-- A provider's own providers ("fourth parties"): an outage of one reaches us through
-- every provider that runs on it. A provider others depend on cannot be deleted while
-- they do.
create table provider_dependency (
    provider_id uuid not null references provider (id) on delete cascade,
    depends_on  uuid not null references provider (id),
    primary key (provider_id, depends_on),
    check (provider_id <> depends_on)
);

create index provider_dependency_depends_on on provider_dependency (depends_on);
