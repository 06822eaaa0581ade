-- Complex cases (复杂投诉): staff ask, a supervisor approves, the complex resolution deadline applies.
alter table complaint add column complex_status varchar(20) default 'NONE' not null;
alter table complaint add column complex_reason varchar(500);
