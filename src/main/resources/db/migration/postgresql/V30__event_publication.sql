-- Reactions of one module to another's events, kept until they have run (the event
-- publication registry): written in the sender's transaction, deleted once the reaction
-- committed, resubmitted while incomplete. Columns and indexes are the registry's own (its
-- v2 layout).
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
