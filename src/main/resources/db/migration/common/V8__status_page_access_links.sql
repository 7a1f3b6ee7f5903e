-- Access links to private status pages; only a SHA-256 hash of the random token is kept.
create table sp_access_link (
    id         varchar(16)  primary key,
    page_id    varchar(16)  not null references sp_page (id) on delete cascade,
    label      varchar(200) not null,
    token_hash varchar(64)  not null unique,
    token_hint varchar(16)  not null,
    created_at timestamp with time zone not null,
    revoked_at timestamp with time zone
);

create index sp_access_link_page on sp_access_link (page_id);
