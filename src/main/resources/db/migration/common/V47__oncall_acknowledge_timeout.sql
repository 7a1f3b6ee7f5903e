-- An escalation policy may let an acknowledgement time out: if the group is neither
-- resolved nor acknowledged again in time, it returns to triggered and paging starts over.
-- Null keeps an acknowledgement until the group resolves.
alter table oncall_escalation_policy add column acknowledge_timeout_minutes integer
    check (acknowledge_timeout_minutes between 1 and 1440);

-- When the acknowledgement of an escalation runs out, claimed like a due step. A restart
-- after a timeout continues the round numbering (so the unique keys of firings and pages
-- hold) from first_round, which the policy's repeat count is measured from.
alter table oncall_escalation_run add column acknowledge_timeout_at timestamp with time zone;
alter table oncall_escalation_run add column first_round integer default 0 not null;

create index oncall_escalation_run_ack_due on oncall_escalation_run (state, acknowledge_timeout_at);

-- Each acknowledgement that timed out, shown on the group's paging.
create table oncall_acknowledge_timeout (
    group_id        bigint       not null,
    acknowledged_by varchar(320) not null,
    acknowledged_at timestamp with time zone not null,
    timed_out_at    timestamp with time zone not null,
    minutes         integer      not null,
    primary key (group_id, acknowledged_at)
);
