-- Text written before people were users points at the user whose e-mail address it is
-- (ignoring case and surrounding blanks, as sign-in does). Text matching nobody stays as it
-- was and is shown as "(not a user)".
update incident_role set holder_id = (
    select u.id from app_user u where u.email_key = lower(trim(incident_role.holder)))
where holder_id is null;

update incident_participant set person_id = (
    select u.id from app_user u where u.email_key = lower(trim(incident_participant.person)))
where person_id is null;

update review_action set owner_id = (
    select u.id from app_user u where u.email_key = lower(trim(review_action.owner)))
where owner_id is null and owner is not null;

update review set facilitator_id = (
    select u.id from app_user u where u.email_key = lower(trim(review.facilitator)))
where facilitator_id is null and facilitator is not null;
