-- Each integration may have its own delivery rate (deliveries a minute); null means the
-- node's default (sharpend.alert.integration-rate).
alter table alert_integration add column rate_per_minute integer;
