-- An alert group knows the incident that handles it, and an incident knows its review.
-- A module may not read the tables of the modules built on it, so the one that makes the
-- link (incident for groups, review for incidents) writes it into the other's row.
alter table alert_group add column incident_number bigint;
alter table alert_group add column incident_open boolean not null default false;

-- Groups attached before this version: the latest incident they were attached to.
update alert_group set incident_number =
    (select max(a.incident_id) from incident_alert_group a where a.group_id = alert_group.id);
update alert_group set incident_open = true where exists (
    select 1 from incident i where i.id = alert_group.incident_number and i.status in ('investigating', 'mitigated'));

alter table incident add column review_id bigint;
update incident set review_id = (select min(r.id) from review r where r.incident_id = incident.id);
