-- When an integration last received a delivery, so people can tell a quiet source from a broken one.
-- Written with the buffered last-seen times, not on each delivery.
alter table alert_integration add column last_received_at timestamp with time zone;
