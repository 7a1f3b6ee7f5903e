-- Every prose field of a review takes up to 20,000 characters (as sections already do);
-- factors, mitigators, timeline annotations, personal accounts and action-item reasons
-- had narrower columns, so a longer value that passed validation failed to store.
alter table review_factor alter column description set data type varchar(20000);
alter table review_timeline alter column annotation set data type varchar(20000);
alter table review_action alter column reason set data type varchar(20000);
alter table review_account alter column saw set data type varchar(20000);
alter table review_account alter column did set data type varchar(20000);
alter table review_account alter column expected set data type varchar(20000);
alter table review_account alter column assumed set data type varchar(20000);
alter table review_account alter column understood set data type varchar(20000);

-- Who last appointed the facilitator, and when: the facilitator reads every personal
-- account, so the review page shows who chose them.
alter table review add column facilitator_by varchar(320);
alter table review add column facilitator_at timestamp with time zone;
