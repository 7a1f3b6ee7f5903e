-- Envelope-encrypted secrets (see dev.sharpend.secret). Each row has its own random data key,
-- stored only wrapped by the master key named by key_id; the master key itself never enters the
-- database.
create table secret (
    id          uuid primary key,
    purpose     varchar(100) not null,
    key_id      varchar(16)  not null,
    wrapped_key bytea        not null,
    key_nonce   bytea        not null,
    ciphertext  bytea        not null,
    nonce       bytea        not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);

-- A known value sealed like a secret: start-up opens it before migrating or writing anything, so a
-- wrong master key is reported instead of silently producing unreadable secrets.
create table secret_key_check (
    id          int primary key check (id = 1),
    key_id      varchar(16) not null,
    wrapped_key bytea       not null,
    key_nonce   bytea       not null,
    ciphertext  bytea       not null,
    nonce       bytea       not null,
    created_at  timestamp with time zone not null
);
