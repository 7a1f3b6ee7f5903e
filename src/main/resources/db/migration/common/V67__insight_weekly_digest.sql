-- The weekly on-call review mailed to a rotation's team: one row per schedule and ISO
-- week once it was queued, so a week is never mailed twice, whichever node runs the job.
create table insight_weekly_digest (
    schedule_id uuid not null,
    week        varchar(8) not null,
    sent_at     timestamp with time zone not null,
    recipients  integer not null,
    constraint insight_weekly_digest_once primary key (schedule_id, week)
);
