-- PagerDuty alerts stored before intake dropped the routing key kept it in their raw
-- payload; blank it there. 'g' replaces every match (H2 runs in PostgreSQL mode, which
-- follows PostgreSQL's regexp_replace).
update alert set raw_payload = regexp_replace(raw_payload, '"routing_key":"([^"\\]|\\.)*"', '"routing_key":""', 'g')
where raw_payload like '%"routing_key"%'
  and integration_id in (select id from alert_integration where type = 'pagerduty');
