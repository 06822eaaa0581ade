-- Claim-before-send: a message is marked SENDING (claimed_at) before its provider is called; a claim
-- older than the delivery job's lock marks a run that died mid-send (the message becomes UNCERTAIN).
-- first_due_at starts the retry horizon. Messages to one address on one channel go out in order:
-- the dispatcher looks for an earlier unfinished one by (address, channel).
alter table notification_message add column claimed_at timestamp with time zone;
alter table notification_message add column first_due_at timestamp with time zone;
update notification_message set first_due_at = created_at;
create index ix_message_stream on notification_message (address, channel);
