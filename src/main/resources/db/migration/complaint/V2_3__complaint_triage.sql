-- What triage made of a complaint: its confidence and the flags (risk signals, low confidence, repeat).
alter table complaint add column triage_confidence double precision;

create table complaint_flag (
    complaint_id bigint not null references complaint (id),
    flag varchar(30) not null,
    primary key (complaint_id, flag)
);
