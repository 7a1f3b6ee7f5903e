-- Interruptions by band: each escalation step's pages are also kept per route (kind
-- interrupted, amount = people paged that way), the route written
-- "<schedule or ->|<team>|<zone>" ('' for every other kind). Two routes of one step share
-- the instant, so the route joins the once-only key.
alter table insight_fact add column route varchar(200) default '' not null;
alter table insight_fact drop constraint insight_fact_once;
alter table insight_fact add constraint insight_fact_once unique (group_id, kind, occurred_at, incident, answer, route);

-- The rollup of interruptions: one row per alert group, step and route, its band and ISO
-- week worked out on the wall clock of zone. schedule_id is null for people paged
-- directly or as a whole team ("no rotation" of the team). Never a person.
create table insight_interruption (
    group_id    bigint not null,
    paged_at    timestamp with time zone not null,
    schedule_id uuid,
    team_id     uuid not null,
    zone        varchar(64) not null,
    band        varchar(16) not null,
    week        varchar(8) not null,
    pages       integer not null
);

create index insight_interruption_paged on insight_interruption (paged_at);
create index insight_interruption_group on insight_interruption (group_id);
