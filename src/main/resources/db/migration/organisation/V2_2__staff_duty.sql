-- Who is on duty now: automatic assignment only picks staff on duty.
alter table staff add column on_duty boolean default true not null;
