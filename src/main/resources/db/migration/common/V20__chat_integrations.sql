-- Slack- and Mattermost-style slash commands: how each chat integration proves its posts, and
-- which chat users act as which Sharpend users.
create table chat_integration (
    id          varchar(32)  primary key,
    name        varchar(100) not null,
    kind        varchar(20)  not null,
    -- Slack signs with a secret Sharpend must read back, so it is sealed.
    secret_ref  uuid,
    -- A Mattermost token is only compared, so only its SHA-256 is kept.
    token_hash  varchar(64)  unique,
    created_at  timestamp with time zone not null
);

create table chat_user_link (
    integration_id varchar(32)  not null references chat_integration (id) on delete cascade,
    -- The chat user id or user name, lower-cased.
    chat_user      varchar(100) not null,
    user_id        uuid         not null,
    created_at     timestamp with time zone not null,
    primary key (integration_id, chat_user)
);
