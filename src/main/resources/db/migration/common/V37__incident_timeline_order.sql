-- Which way each person reads incident timelines (newest or oldest entry first), kept
-- with the server so it follows them from one browser to the next.
create table incident_timeline_order (
    user_id     uuid primary key,
    entry_order varchar(10) not null,
    updated_at  timestamp with time zone not null
);
