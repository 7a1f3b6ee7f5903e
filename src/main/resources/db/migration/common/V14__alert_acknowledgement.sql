-- PagerDuty-style sources acknowledge single alerts.
alter table alert add column acknowledged_at timestamp with time zone;
