-- Outbound webhooks: URLs told about incident and alert group events, signed with a sealed secret.
create table notify_endpoint (
    id          varchar(32)   primary key,
    name        varchar(100)  not null,
    url         varchar(2000) not null,
    -- Space-separated event names; empty means every event.
    events      varchar(1000) not null default '',
    secret_ref  uuid          not null,
    created_at  timestamp with time zone not null
);
