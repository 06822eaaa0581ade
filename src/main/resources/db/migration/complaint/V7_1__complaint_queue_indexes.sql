-- The console's queues. A queue is a set of statuses plus what it is about (assignee, department,
-- escalation) within the projects one may see. H2 looks up an IN list only on an index's first
-- column and weighs an index by how many of its columns the query fixes, so these indexes lead
-- with the status and end with the project; PostgreSQL uses them as well. Flags are found from
-- the flag; the full list is read newest first per project, straight from its index.
create index ix_complaint_status_assignee on complaint (status, assignee_id, project_id);
create index ix_complaint_status_department on complaint (status, department, project_id);
create index ix_complaint_status_escalation on complaint (status, escalation_level);
create index ix_complaint_project_received on complaint (project_id, received_at desc, id desc);
create index ix_complaint_flag_flag on complaint_flag (flag, complaint_id);
