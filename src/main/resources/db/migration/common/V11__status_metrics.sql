-- Metrics shown as charts on status pages, fed by pushes or by polling a Prometheus query.
create table sp_metric (
    id               varchar(16)  primary key,
    page_id          varchar(16)  not null references sp_page (id) on delete cascade,
    name             varchar(200) not null,
    suffix           varchar(20),
    decimals         integer      not null default 0,
    position         integer      not null,
    source           varchar(12)  not null,
    prometheus_url   varchar(500),
    query            varchar(2000),
    interval_seconds integer      not null default 60,
    -- the poll claim: a node polls a metric only after winning this timestamp, so several nodes do not all poll
    polled_at        timestamp with time zone,
    last_error       varchar(500),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);

create index sp_metric_page on sp_metric (page_id, position);

-- One value per metric and instant; re-sent points overwrite, so polls and pushes are idempotent.
create table sp_metric_point (
    metric_id varchar(16) not null references sp_metric (id) on delete cascade,
    at        timestamp with time zone not null,
    val       double precision not null,
    primary key (metric_id, at)
);
