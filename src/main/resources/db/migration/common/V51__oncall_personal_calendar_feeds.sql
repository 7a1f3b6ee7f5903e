-- Each person's secret links to their own shifts across every schedule as an iCalendar
-- feed. As for a schedule's links, only a hash of the secret is kept, and a revoked link
-- stays for the record and answers nothing.
create table oncall_personal_calendar_feed (
    id         uuid primary key,
    user_id    uuid        not null,
    token_hash varchar(64) not null unique,
    created_at timestamp with time zone not null,
    revoked_at timestamp with time zone
);

create index oncall_personal_calendar_feed_user on oncall_personal_calendar_feed (user_id);
