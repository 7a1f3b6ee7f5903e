-- Who hears about a status page: e-mail addresses (double opt-in), webhooks and chat webhooks.
create table notify_subscriber (
    id           varchar(32)   primary key,
    page_id      varchar(16)   not null references sp_page (id) on delete cascade,
    channel      varchar(20)   not null,
    target       varchar(2000) not null,
    -- Carried in confirmation and unsubscribe links; it only manages this subscription.
    token        varchar(64)   not null unique,
    secret_ref   uuid,
    confirmed_at timestamp with time zone,
    -- Space-separated component ids; empty means every component.
    components   varchar(4000) not null default '',
    created_at   timestamp with time zone not null,
    last_mailed_confirmation_at timestamp with time zone
);

create index notify_subscriber_page on notify_subscriber (page_id, channel);
create unique index notify_subscriber_target on notify_subscriber (page_id, channel, target);

-- SMTP settings saved by an administrator; they win over SHARPEND_SMTP_*. One row at most.
create table notify_smtp (
    id           integer      primary key,
    host         varchar(253) not null,
    port         integer      not null,
    username     varchar(300),
    password_ref uuid,
    from_address varchar(300) not null,
    starttls     boolean      not null,
    updated_at   timestamp with time zone not null
);
