-- A hash of what a source can change about an alert (status, labels, annotations, start,
-- end), so intake sees that a re-sent alert changed nothing without reading its JSON.
-- Alerts stored before have none and are rewritten once, on their next delivery.
alter table alert add column content_hash varchar(32);
