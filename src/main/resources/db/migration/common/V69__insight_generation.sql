-- A counter bumped with every change to the insight rollups, in the same transaction, so a
-- node may keep the figures it computed from them until they change: one row, read with
-- each insights request instead of the window's rollup rows.
create table insight_generation (
    id         integer primary key,
    generation bigint  not null
);
insert into insight_generation (id, generation) values (1, 0);
