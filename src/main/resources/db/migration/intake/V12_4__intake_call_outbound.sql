-- Outbound calls (an agent logs a call they made) next to the inbound ones, the household every
-- call is about (resolved from the caller's number when inbound, given when outbound), and when
-- the agent was reminded of a callback that fell due, so that the reminder goes out once.
alter table intake_call add column direction varchar(3) not null default 'IN';
alter table intake_call add column household_id bigint;
alter table intake_call add column resident_id bigint;
alter table intake_call add column callback_reminded_at timestamp with time zone;

create index ix_intake_call_household on intake_call (household_id);
