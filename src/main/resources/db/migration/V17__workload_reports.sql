-- The pre-sentence reports each member of staff writes, from court's ReportStarted and ReportCompleted
-- events: a report counts on its author's workload while it is written and for a time after.
create table workload_report (
    report_id    bigint      primary key,
    crn          char(7)     not null,
    staff_code   varchar(10) not null,
    type         varchar(10) not null check (type in ('ORAL', 'FAST', 'STANDARD')),
    requested_at timestamptz not null,
    completed_at timestamptz
);
create index workload_report_staff on workload_report (staff_code, completed_at);
