-- A message an integration sent for handling later (POST /api/v1/intake/complaints): the staff
-- account it acts for; DeferredIntake handles those still RECEIVED, oldest first.
alter table intake_message add column submitted_by bigint;
