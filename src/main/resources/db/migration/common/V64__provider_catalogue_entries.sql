-- The team's own catalogue entries: providers Sharpend does not ship, and shipped ones
-- changed (an entry here replaces the shipped entry of the same name, compared without
-- regard to case; removing it brings the shipped one back).
create table provider_catalogue_entry (
    name_key   varchar(200)  primary key,
    name       varchar(200)  not null,
    kind       varchar(32)   not null,
    page       varchar(2000) not null,
    format     varchar(32)   not null,
    feed       varchar(2000) not null,
    regions    varchar(2000) not null,
    updated_at timestamp with time zone not null
);
