-- PagerDuty accepts dedup keys of up to 255 characters, and a dedup key is the alert's
-- fingerprint, kept whole or refused: the column holds what PagerDuty's senders may send.
alter table alert alter column fingerprint set data type varchar(255);
