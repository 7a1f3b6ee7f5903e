-- Users, roles, API tokens and one-time links (first-run setup, invitations).
create table role (
    id          uuid primary key,
    name        varchar(80)  not null unique,
    description varchar(500) not null default '',
    builtin     boolean      not null default false,
    created_at  timestamp with time zone not null
);

create table role_permission (
    role_id    uuid        not null references role (id) on delete cascade,
    permission varchar(40) not null,
    primary key (role_id, permission)
);

create table app_user (
    id            uuid primary key,
    email         varchar(320) not null,
    email_key     varchar(320) not null unique,
    display_name  varchar(200) not null,
    password_hash varchar(200),
    role_id       uuid         not null references role (id),
    active        boolean      not null default true,
    created_at    timestamp with time zone not null,
    last_login_at timestamp with time zone
);

create table api_token (
    id           uuid primary key,
    user_id      uuid          not null references app_user (id),
    name         varchar(100)  not null,
    token_hash   varchar(64)   not null unique,
    token_hint   varchar(16)   not null,
    permissions  varchar(1000) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);

create index api_token_user on api_token (user_id);

create table one_time_link (
    id         uuid primary key,
    purpose    varchar(20) not null,
    token_hash varchar(64) not null unique,
    user_id    uuid references app_user (id),
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);

insert into role (id, name, description, builtin, created_at) values
    ('00000000-0000-0000-0000-000000000001', 'Viewer', 'Reads everything operational; changes nothing.', true, current_timestamp),
    ('00000000-0000-0000-0000-000000000002', 'Responder', 'Responds to alerts and incidents and writes reviews.', true, current_timestamp),
    ('00000000-0000-0000-0000-000000000003', 'Communicator', 'Publishes status pages and status incidents.', true, current_timestamp),
    ('00000000-0000-0000-0000-000000000004', 'Admin', 'Every permission, including users, roles and settings.', true, current_timestamp);

insert into role_permission (role_id, permission) values
    ('00000000-0000-0000-0000-000000000001', 'statuspage:read'),
    ('00000000-0000-0000-0000-000000000001', 'incident:read'),
    ('00000000-0000-0000-0000-000000000001', 'alert:read'),
    ('00000000-0000-0000-0000-000000000001', 'review:read'),
    ('00000000-0000-0000-0000-000000000001', 'provider:read'),
    ('00000000-0000-0000-0000-000000000001', 'insight:read'),
    ('00000000-0000-0000-0000-000000000002', 'statuspage:read'),
    ('00000000-0000-0000-0000-000000000002', 'incident:read'),
    ('00000000-0000-0000-0000-000000000002', 'incident:write'),
    ('00000000-0000-0000-0000-000000000002', 'alert:read'),
    ('00000000-0000-0000-0000-000000000002', 'alert:write'),
    ('00000000-0000-0000-0000-000000000002', 'review:read'),
    ('00000000-0000-0000-0000-000000000002', 'review:write'),
    ('00000000-0000-0000-0000-000000000002', 'provider:read'),
    ('00000000-0000-0000-0000-000000000002', 'insight:read'),
    ('00000000-0000-0000-0000-000000000003', 'statuspage:read'),
    ('00000000-0000-0000-0000-000000000003', 'statuspage:write'),
    ('00000000-0000-0000-0000-000000000003', 'incident:read'),
    ('00000000-0000-0000-0000-000000000003', 'incident:write'),
    ('00000000-0000-0000-0000-000000000003', 'alert:read'),
    ('00000000-0000-0000-0000-000000000003', 'review:read'),
    ('00000000-0000-0000-0000-000000000003', 'provider:read'),
    ('00000000-0000-0000-0000-000000000003', 'insight:read'),
    ('00000000-0000-0000-0000-000000000004', 'statuspage:read'),
    ('00000000-0000-0000-0000-000000000004', 'statuspage:write'),
    ('00000000-0000-0000-0000-000000000004', 'incident:read'),
    ('00000000-0000-0000-0000-000000000004', 'incident:write'),
    ('00000000-0000-0000-0000-000000000004', 'alert:read'),
    ('00000000-0000-0000-0000-000000000004', 'alert:write'),
    ('00000000-0000-0000-0000-000000000004', 'alert:ingest'),
    ('00000000-0000-0000-0000-000000000004', 'review:read'),
    ('00000000-0000-0000-0000-000000000004', 'review:write'),
    ('00000000-0000-0000-0000-000000000004', 'provider:read'),
    ('00000000-0000-0000-0000-000000000004', 'provider:write'),
    ('00000000-0000-0000-0000-000000000004', 'insight:read'),
    ('00000000-0000-0000-0000-000000000004', 'audit:read'),
    ('00000000-0000-0000-0000-000000000004', 'user:admin'),
    ('00000000-0000-0000-0000-000000000004', 'settings:admin');
