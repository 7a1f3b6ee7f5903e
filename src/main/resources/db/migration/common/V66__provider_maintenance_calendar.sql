-- Upstream maintenances a reminder was queued for, once per planned start: the row is the
-- claim (two nodes cannot both insert it), and a maintenance moved to another start gets
-- a row, and a reminder, of its own.
create table provider_maintenance_reminder (
    provider_id uuid          not null references provider (id) on delete cascade,
    event_id    varchar(300)  not null,
    starts_at   timestamp with time zone not null,
    sent_at     timestamp with time zone not null,
    primary key (provider_id, event_id, starts_at)
);

-- Secret links to the upstream maintenance calendar as an iCalendar feed, each made by a
-- person; only a SHA-256 hash of the secret is kept, a revoked link stays for the record.
create table provider_calendar_feed (
    id         uuid primary key,
    user_id    uuid        not null,
    token_hash varchar(64) not null unique,
    created_at timestamp with time zone not null,
    revoked_at timestamp with time zone
);

create index provider_calendar_feed_user on provider_calendar_feed (user_id);
