-- The register of third-party providers: what each does for us, how it is run, what
-- data of ours it holds and how access to it is granted (where its credentials are
-- kept, never the credential itself), review dates, and where its status is read.
create table provider (
    id                   uuid primary key,
    name                 varchar(200)  not null,
    name_key             varchar(200)  not null unique,
    kind                 varchar(32)   not null,
    tenancy              varchar(32)   not null,
    lifecycle            varchar(32)   not null,
    plan_notes           varchar(4000) not null,
    support              varchar(4000) not null,
    data_held            varchar(4000) not null,
    data_sensitivity     varchar(32)   not null,
    access_granularity   varchar(32)   not null,
    credentials_location varchar(1000) not null,
    security_notes       varchar(4000) not null,
    contract_renewal     date,
    next_review          date,
    status_page          varchar(2000),
    status_feed          varchar(2000),
    status_format        varchar(32),
    status_products      varchar(2000) not null,
    status_locations     varchar(2000) not null,
    status_regions       varchar(2000) not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null
);
