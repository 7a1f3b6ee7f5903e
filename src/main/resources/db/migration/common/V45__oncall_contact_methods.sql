-- How each person is reached when paged, and in what order. A method is verified before
-- it is used; only hashes of verification codes and links are kept. Chat and ntfy URLs
-- and webhook signing secrets are credentials: they are sealed in secret_value and the
-- address column holds what may be shown (a shortened URL, a phone number, an e-mail
-- address, a webhook URL).
create table oncall_contact_method (
    id              uuid primary key,
    user_id         uuid          not null,
    kind            varchar(12)   not null,
    address         varchar(2000) not null,
    secret_id       uuid,
    verified_at     timestamp with time zone,
    code_hash       varchar(64),
    link_hash       varchar(64),
    code_expires_at timestamp with time zone,
    code_attempts   integer       not null default 0,
    failing_since   timestamp with time zone,
    failure         varchar(1000),
    created_at      timestamp with time zone not null
);

create index oncall_contact_method_user on oncall_contact_method (user_id);

create table oncall_notification_rule (
    id            uuid primary key,
    user_id       uuid       not null,
    urgency       varchar(4) not null,
    delay_minutes integer    not null check (delay_minutes between 0 and 60),
    method_id     uuid       not null references oncall_contact_method (id) on delete cascade,
    created_at    timestamp with time zone not null
);

create index oncall_notification_rule_user on oncall_notification_rule (user_id);

-- A personal delivery (to a contact method) carries the sealed URL or signing secret it
-- needs, as the method may be removed while the delivery waits.
alter table notify_delivery add column secret_id uuid;

-- The Twilio account an administrator saved, winning over SHARPEND_TWILIO_*; the auth
-- token is sealed.
create table notify_twilio (
    id          integer primary key,
    account_sid varchar(64)  not null,
    token_ref   uuid         not null,
    from_number varchar(20)  not null,
    api_base    varchar(500) not null,
    updated_at  timestamp with time zone not null
);
