-- Secret links to a schedule's shifts as an iCalendar feed. Only a hash of the secret is
-- kept; a revoked link stays for the record and answers nothing.
create table oncall_calendar_feed (
    id          uuid primary key,
    schedule_id uuid        not null references oncall_schedule (id) on delete cascade,
    token_hash  varchar(64) not null unique,
    created_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone
);

create index oncall_calendar_feed_schedule on oncall_calendar_feed (schedule_id);
