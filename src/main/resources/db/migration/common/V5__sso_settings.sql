-- Single sign-on settings an administrator saved in the UI. At most one row; when there is none,
-- the SHARPEND_OIDC_* settings apply. The client secret is never stored here: client_secret refers
-- to a row of the secret table, sealed with the master key (dev.sharpend.secret).
create table sso_settings (
    id            int primary key check (id = 1),
    enabled       boolean      not null,
    issuer        varchar(500) not null,
    client_id     varchar(200) not null,
    client_secret uuid,
    default_role  varchar(80)  not null,
    label         varchar(100) not null,
    -- A new random value on every save, so other nodes notice any change, even two saves within
    -- the same clock tick or a removal followed by a new save.
    revision      uuid         not null,
    updated_at    timestamp with time zone not null,
    updated_by    uuid references app_user (id)
);
