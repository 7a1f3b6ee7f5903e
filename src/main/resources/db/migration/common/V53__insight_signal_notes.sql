-- A drift signal acknowledged with a note ("threshold change planned, ACT-14"): it stays
-- out of the open signals until its measure (level) is worse than when acknowledged.
create table insight_signal_note (
    kind            varchar(40) not null,
    rule            varchar(2000) not null,
    note            varchar(2000) not null,
    level           double precision not null,
    acknowledged_by varchar(320) not null,
    acknowledged_at timestamp with time zone not null,
    primary key (kind, rule)
);
