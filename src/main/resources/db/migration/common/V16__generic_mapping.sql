-- How a generic integration maps any JSON onto alerts (JSON pointers), as JSON text.
alter table alert_integration add column mapping varchar(4000);
