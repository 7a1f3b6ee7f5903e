-- Role holders, participants, action-item owners and facilitators are Sharpend users. Each
-- keeps its text column (the user's e-mail address, which sign-in and permission checks
-- compare, or the text given before people were users) and gains the user's id. No foreign
-- key: the users belong to identity, and a record keeps naming someone who left.
alter table incident_role add column holder_id uuid;
alter table incident_participant add column person_id uuid;
alter table review_action add column owner_id uuid;
alter table review add column facilitator_id uuid;
