-- Which incidents got a paged group's earlier pages and acknowledgements copied to their
-- timeline when the group was attached, so that a repeated attach copies nothing twice.
create table oncall_paging_copy (
    group_id        bigint not null,
    incident_number bigint not null,
    copied_at       timestamp with time zone not null,
    primary key (group_id, incident_number)
);
