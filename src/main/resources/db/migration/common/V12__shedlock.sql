-- Cluster-wide locks for scheduled jobs (ShedLock's JDBC provider): one row per job name,
-- held by one node until lock_until.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
