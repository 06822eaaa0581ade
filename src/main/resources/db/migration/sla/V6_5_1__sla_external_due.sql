-- The deadline keeper's copy of an outside deadline (a 12345 work order's): a complaint's
-- resolution clock is never due after it.
alter table sla_clock add column external_due timestamp with time zone;
