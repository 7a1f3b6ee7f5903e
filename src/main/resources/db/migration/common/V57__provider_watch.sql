-- Watching providers' status pages: one watch per provider with a status feed (when it is
-- next read, which node has claimed the read, the validators and body hash of the last
-- answer, the provider's status as a whole and since when), the components the page
-- lists (discovered from what it shows), the incidents and maintenances it published,
-- and the faults met while reading it.
alter table provider add column status_poll_interval integer;

create table provider_watch (
    provider_id     uuid primary key references provider (id) on delete cascade,
    feed            varchar(2000) not null,
    next_poll_at    timestamp with time zone not null,
    claimed_by      varchar(100),
    claimed_until   timestamp with time zone,
    etag            varchar(1000),
    last_modified   varchar(200),
    body_hash       varchar(64),
    format          varchar(32),
    status          varchar(32) not null,
    status_since    timestamp with time zone not null,
    last_read_at    timestamp with time zone,
    last_attempt_at timestamp with time zone,
    failures        integer not null default 0,
    last_error      varchar(2000)
);

create index provider_watch_next_poll_at on provider_watch (next_poll_at);

create table provider_upstream_component (
    provider_id  uuid not null references provider (id) on delete cascade,
    name         varchar(300) not null,
    group_name   varchar(300),
    status       varchar(32) not null,
    status_since timestamp with time zone not null,
    seen_at      timestamp with time zone not null,
    primary key (provider_id, name)
);

create table provider_upstream_event (
    provider_id   uuid not null references provider (id) on delete cascade,
    event_id      varchar(300) not null,
    kind          varchar(32) not null,
    title         varchar(1000) not null,
    state         varchar(32) not null,
    impact        varchar(32) not null,
    started_at    timestamp with time zone,
    ended_at      timestamp with time zone,
    components    varchar(4000) not null,
    url           varchar(2000),
    last_update   varchar(4000),
    first_seen_at timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    primary key (provider_id, event_id)
);

create index provider_upstream_event_first_seen on provider_upstream_event (provider_id, first_seen_at);

-- The last faults met reading each provider's page, newest kept, for the person fixing it.
create table provider_poll_log (
    id          uuid primary key,
    provider_id uuid not null references provider (id) on delete cascade,
    at          timestamp with time zone not null,
    message     varchar(2000) not null
);

create index provider_poll_log_provider_at on provider_poll_log (provider_id, at);
