-- Chat links now match the platform's user id exactly. Links used to be stored lower-cased;
-- Slack user ids are upper-case, so they are restored. Mattermost ids are lower-case already.
-- Links made by user name stay stored but no longer match anyone.
update chat_user_link set chat_user = upper(chat_user)
where integration_id in (select id from chat_integration where kind = 'SLACK');
