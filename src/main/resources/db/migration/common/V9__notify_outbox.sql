-- Deliveries waiting to go out (e-mail, webhooks, chat), written in the same transaction as the
-- change that causes them and sent by a worker that claims due rows with a lease.
create table notify_delivery (
    id              varchar(32)   primary key,
    channel         varchar(20)   not null,
    target          varchar(2000) not null,
    subscriber_id   varchar(32),
    event           varchar(60)   not null,
    payload         text          not null,
    state           varchar(12)   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamp with time zone not null,
    claimed_until   timestamp with time zone,
    claimed_by      varchar(64),
    last_attempt_at timestamp with time zone,
    last_error      varchar(1000),
    created_at      timestamp with time zone not null,
    delivered_at    timestamp with time zone
);

create index notify_delivery_due on notify_delivery (state, next_attempt_at);
create index notify_delivery_subscriber on notify_delivery (subscriber_id);
