-- The worst impact a status incident had while open, which it keeps once resolved.
alter table sp_incident add column peak_impact varchar(12);

-- Existing incidents: the worst of what their updates said while they were open (the new
-- statuses of updates that left them open, the old ones of updates that closed them) and
-- the impact last derived for them.
update sp_incident set peak_impact = case
    when exists (select 1 from sp_update_component uc join sp_incident_update u on u.id = uc.update_id
                 where u.incident_id = sp_incident.id
                   and ((u.status not in ('resolved', 'postmortem') and uc.new_status = 'major_outage')
                     or (u.status in ('resolved', 'postmortem') and uc.old_status = 'major_outage')))
         or (impact_override is null and impact = 'critical') then 'critical'
    when exists (select 1 from sp_update_component uc join sp_incident_update u on u.id = uc.update_id
                 where u.incident_id = sp_incident.id
                   and ((u.status not in ('resolved', 'postmortem') and uc.new_status = 'partial_outage')
                     or (u.status in ('resolved', 'postmortem') and uc.old_status = 'partial_outage')))
         or (impact_override is null and impact = 'major') then 'major'
    when exists (select 1 from sp_update_component uc join sp_incident_update u on u.id = uc.update_id
                 where u.incident_id = sp_incident.id
                   and ((u.status not in ('resolved', 'postmortem') and uc.new_status = 'degraded_performance')
                     or (u.status in ('resolved', 'postmortem') and uc.old_status = 'degraded_performance')))
         or (impact_override is null and impact = 'minor') then 'minor'
    else 'none'
end
where kind = 'INCIDENT';

-- What a resolved incident shows (and stores as its impact) is now that worst impact.
update sp_incident set impact = peak_impact
where kind = 'INCIDENT' and status in ('resolved', 'postmortem') and impact_override is null;
