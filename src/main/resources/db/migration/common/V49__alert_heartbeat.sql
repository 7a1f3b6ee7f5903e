-- A heartbeat expects a signal at least every interval_seconds (plus grace_seconds): a ping to
-- the URL of its own integration (id), or a watched alert (such as Alertmanager's Watchdog)
-- arriving through another integration. due_at is when it goes silent unless a signal comes;
-- silent_since is set while its own alert group is open.
create table alert_heartbeat (
    id                   uuid primary key references alert_integration (id),
    interval_seconds     integer not null check (interval_seconds between 60 and 86400),
    grace_seconds        integer not null check (grace_seconds between 0 and 86400),
    watch_integration_id uuid references alert_integration (id),
    watch_alertname      varchar(200),
    last_signal_at       timestamp with time zone,
    due_at               timestamp with time zone not null,
    silent_since         timestamp with time zone,
    created_at           timestamp with time zone not null,
    constraint alert_heartbeat_watch unique (watch_integration_id, watch_alertname)
);

create index alert_heartbeat_due on alert_heartbeat (due_at);
