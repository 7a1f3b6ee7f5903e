-- Reactions of one module to another's events, kept until they have run (the event
-- publication registry): written in the sender's transaction, deleted once the reaction
-- committed, resubmitted while incomplete. The columns are the registry's own (its v2
-- layout); the serialized event is unbounded because alert intake publishes one event per
-- group commit, which names every alert of that commit.
create table event_publication (
    id                     uuid not null primary key,
    completion_date        timestamp(9) with time zone,
    event_type             varchar(512) not null,
    listener_id            varchar(512) not null,
    publication_date       timestamp(9) with time zone not null,
    serialized_event       character varying not null,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp(9) with time zone
);

-- A reaction is found by its listener (and event) when it completes without its id; H2
-- would copy each (possibly long) event into an index on it, so the listener alone is
-- indexed.
create index event_publication_by_listener_id on event_publication (listener_id);
create index event_publication_by_completion_date on event_publication (completion_date);
