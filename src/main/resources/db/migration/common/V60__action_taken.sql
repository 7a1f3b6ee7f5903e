-- "Was action taken?": the one answer a responder gave for a resolved alert group
-- (answer: action_taken, threshold_needs_adjusting, check_faulty, work_ongoing or
-- not_actionable); a new answer replaces the row.
create table alert_group_action (
    group_id    bigint primary key references alert_group (id),
    answer      varchar(40)  not null,
    answered_by varchar(320) not null,
    answered_at timestamp with time zone not null
);

-- Insights keep each answer as a fact (kind answered); answers given at the same instant
-- differ only by the answer, so it joins the once-only key ('' for every other kind).
alter table insight_fact add column answer varchar(40) default '' not null;
alter table insight_fact drop constraint insight_fact_once;
alter table insight_fact add constraint insight_fact_once unique (group_id, kind, occurred_at, incident, answer);

-- the rollup keeps the group's latest answer, null when none was given
alter table insight_group add column answer varchar(40);
