-- On call: teams and their members, schedules, rotations (the layers of a schedule) with
-- their participants and restriction windows, and overrides. Users live in the identity
-- module, so user ids are checked by the application rather than by foreign keys.
create table oncall_team (
    id         uuid primary key,
    name       varchar(200) not null,
    name_key   varchar(200) not null unique,
    time_zone  varchar(64)  not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);

create table oncall_team_member (
    team_id uuid not null references oncall_team (id) on delete cascade,
    user_id uuid not null,
    primary key (team_id, user_id)
);

create table oncall_schedule (
    id         uuid primary key,
    team_id    uuid         not null references oncall_team (id) on delete cascade,
    name       varchar(200) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);

create index oncall_schedule_team on oncall_schedule (team_id);

create table oncall_rotation (
    id           uuid primary key,
    schedule_id  uuid         not null references oncall_schedule (id) on delete cascade,
    name         varchar(200) not null,
    layer        integer      not null,
    shift_length integer      not null check (shift_length > 0),
    shift_unit   varchar(10)  not null,
    handoff_at   timestamp with time zone not null,
    time_zone    varchar(64)  not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    unique (schedule_id, layer)
);

create table oncall_rotation_participant (
    rotation_id uuid    not null references oncall_rotation (id) on delete cascade,
    position    integer not null,
    user_id     uuid    not null,
    primary key (rotation_id, position)
);

-- Weekdays as ISO numbers joined by commas ("1,2,3,4,5"); times as minutes of the day.
create table oncall_rotation_restriction (
    rotation_id  uuid        not null references oncall_rotation (id) on delete cascade,
    position     integer     not null,
    days         varchar(13) not null,
    start_minute integer     not null check (start_minute between 0 and 1439),
    end_minute   integer     not null check (end_minute between 0 and 1439),
    primary key (rotation_id, position)
);

create table oncall_override (
    id          uuid primary key,
    schedule_id uuid not null references oncall_schedule (id) on delete cascade,
    user_id     uuid not null,
    starts_at   timestamp with time zone not null,
    ends_at     timestamp with time zone not null,
    created_at  timestamp with time zone not null,
    check (ends_at > starts_at)
);

create index oncall_override_schedule on oncall_override (schedule_id, ends_at);
