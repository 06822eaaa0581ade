-- The console's deadline queues (about to breach, overdue) read the open clocks of some projects.
create index ix_clock_state_project on sla_clock (state, project_id);
