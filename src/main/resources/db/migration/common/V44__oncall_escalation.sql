-- Escalation: a team's policies of ordered steps, each step's targets, and the routes that
-- send an integration's alert groups (optionally only those whose labels match) to a
-- policy with an urgency. Integrations and users live in other modules, so their ids are
-- checked by the application rather than by foreign keys.
create table oncall_escalation_policy (
    id           uuid primary key,
    team_id      uuid         not null references oncall_team (id) on delete cascade,
    name         varchar(200) not null,
    name_key     varchar(200) not null,
    repeat_count integer      not null check (repeat_count between 0 and 9),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    unique (team_id, name_key)
);

-- The delay is how long the step waits for an acknowledgement before the next step.
create table oncall_escalation_step (
    policy_id     uuid    not null references oncall_escalation_policy (id) on delete cascade,
    position      integer not null,
    delay_minutes integer not null check (delay_minutes between 1 and 1440),
    round_robin   boolean not null,
    primary key (policy_id, position)
);

create table oncall_escalation_target (
    policy_id     uuid        not null,
    step_position integer     not null,
    position      integer     not null,
    kind          varchar(10) not null,
    target_id     uuid        not null,
    primary key (policy_id, step_position, position),
    foreign key (policy_id, step_position) references oncall_escalation_step (policy_id, position) on delete cascade
);

-- Matchers as "name=value" or "name!=value" joined by commas; empty matches every group.
create table oncall_route (
    integration_id uuid          not null,
    position       integer       not null,
    matchers       varchar(1000) not null,
    policy_id      uuid          not null references oncall_escalation_policy (id) on delete cascade,
    urgency        varchar(4)    not null,
    primary key (integration_id, position)
);

create index oncall_route_policy on oncall_route (policy_id);
