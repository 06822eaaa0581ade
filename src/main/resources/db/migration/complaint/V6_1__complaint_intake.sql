-- Intake: how to answer an unregistered e-mail sender, the outside reference (a 12345 work order)
-- with its deadline, and how long the complaint took from arrival to triaged-and-assigned.
alter table complaint add column complainant_email varchar(200);
alter table complaint add column external_ref varchar(60);
alter table complaint add column external_due timestamp with time zone;
alter table complaint add column dispatched_at timestamp with time zone;
alter table complaint add column intake_millis bigint;

create index ix_complaint_resident on complaint (resident_id);
create index ix_complaint_phone on complaint (complainant_phone);
create index ix_complaint_external_ref on complaint (external_ref);
