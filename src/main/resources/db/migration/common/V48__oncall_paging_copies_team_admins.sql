-- Which incidents got a paged group's earlier pages and acknowledgements copied to their
-- timeline when the group was attached, so that a repeated attach copies nothing twice.
create table oncall_paging_copy (
    group_id        bigint not null,
    incident_number bigint not null,
    copied_at       timestamp with time zone not null,
    primary key (group_id, incident_number)
);

-- A team member's role is "admin" when listed here, "member" otherwise. Admins are told
-- when a member's contact method keeps failing. Only current members count, so removing
-- someone from the team takes their role with them.
create table oncall_team_admin (
    team_id uuid not null references oncall_team (id) on delete cascade,
    user_id uuid not null,
    primary key (team_id, user_id)
);
