-- Paging: one escalation per paged alert group, moved on by whichever node claims it when
-- it is due; each step's firing, each person paged and each notification sent, held or
-- cancelled. The unique keys make a retried firing page nobody twice.
create table oncall_escalation_run (
    group_id     bigint      primary key,
    policy_id    uuid        not null,
    urgency      varchar(4)  not null,
    title        varchar(500) not null,
    next_step    integer     not null,
    round_number integer     not null,
    next_at      timestamp with time zone,
    state        varchar(12) not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);

create index oncall_escalation_run_due on oncall_escalation_run (state, next_at);

-- What a step's firing did, including targets that paged nobody.
create table oncall_step_firing (
    group_id     bigint        not null,
    step         integer       not null,
    round_number integer       not null,
    policy_id    uuid          not null,
    fired_at     timestamp with time zone not null,
    note         varchar(1000) not null,
    primary key (group_id, step, round_number)
);

create index oncall_step_firing_policy on oncall_step_firing (policy_id, step);

create table oncall_page (
    id           uuid    primary key,
    group_id     bigint  not null,
    user_id      uuid    not null,
    step         integer not null,
    round_number integer not null,
    paged_at     timestamp with time zone not null,
    unique (group_id, user_id, step, round_number)
);

create index oncall_page_user on oncall_page (user_id, paged_at);

-- A notification is pending until due, then sent, held by the per-person cap (and later
-- sent within another page or a digest), or cancelled once the group is acknowledged.
create table oncall_page_notification (
    id        uuid         primary key,
    page_id   uuid         not null references oncall_page (id) on delete cascade,
    user_id   uuid         not null,
    method_id uuid,
    label     varchar(200) not null,
    due_at    timestamp with time zone not null,
    state     varchar(10)  not null,
    digest    boolean      not null,
    sent_at   timestamp with time zone,
    sent_in   uuid
);

create index oncall_page_notification_due on oncall_page_notification (state, due_at);
create index oncall_page_notification_user on oncall_page_notification (user_id, state, sent_at);
create index oncall_page_notification_page on oncall_page_notification (page_id);

-- One row per person paged, locked while their notifications are counted against the cap.
create table oncall_pager (
    user_id uuid primary key
);

-- The key that signs one-click page links, sealed with the master key.
create table oncall_link_key (
    id         integer primary key,
    secret_ref uuid    not null
);
