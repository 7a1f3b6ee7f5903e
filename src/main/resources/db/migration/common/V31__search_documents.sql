-- Every searchable document as the module that owns it pushed it (JSON), so that each
-- node's search index is rebuilt and kept current from here without asking the modules
-- back; search_change still tells the nodes which ones changed.
create table search_document (
    doc_type   varchar(40)  not null,
    doc_id     varchar(100) not null,
    content    text         not null,
    changed_at timestamp with time zone not null,
    primary key (doc_type, doc_id)
);

-- Asks the modules to push all their documents once, on the first start of any node:
-- until this version their documents were read from their own tables, which the search
-- module may not read, so this table starts empty.
create table search_rebuild_request (
    requested_at timestamp with time zone not null
);

insert into search_rebuild_request (requested_at) values (current_timestamp);

-- Reactions still pending for the event that named changed documents, which no longer
-- exists: the full push above covers what they would have indexed.
delete from event_publication where event_type = 'dev.sharpend.search.SearchIndexChanged';
