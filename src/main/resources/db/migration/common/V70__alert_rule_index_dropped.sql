-- No read looks alerts up by rule_key (the rule of a group is read by group_id, through
-- alert_group_member), yet every new alert paid for this index at intake. The indexes the
-- alert table keeps, and the reads that use each:
--   primary key (id)                  alert pages and the last-seen flush by id
--   unique (integration_id, fingerprint)  intake: a batch's stored alerts by fingerprint
--                                     (on PostgreSQL), and the once-only key itself
--   alert_fingerprint (H2 only)       the same lookup on H2, which needs the IN column first
--   alert_status (status, last_seen)  the alert list by state, newest first, paged
--   alert_group_member (group_id)     a group's alerts, group counts, a group's rule
drop index alert_rule;
