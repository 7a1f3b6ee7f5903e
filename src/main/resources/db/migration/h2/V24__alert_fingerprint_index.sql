-- Intake reads a batch's stored alerts with "fingerprint in (...)". H2 looks up an IN list
-- only through an index that starts with that column, so without this it scans every
-- alert of the integration. (PostgreSQL uses the (integration_id, fingerprint) key.)
create index alert_fingerprint on alert (fingerprint);
