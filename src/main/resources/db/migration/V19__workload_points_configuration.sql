-- Effective-dated workload configuration: each version is the whole configuration (points by tier and
-- case type, report points, the nominal target, default contracted hours by grade, and the grade rules),
-- in force from its date until the next version's. History is never rewritten: a change is a new
-- version from today or a later date, and a version not yet in force may be withdrawn, which keeps who
-- did so and when. The triggers below make the database refuse anything else.
create table workload_configuration (
    id                  bigint generated always as identity primary key,
    effective_from      date          not null,
    nominal_target      integer       not null check (nominal_target between 1 and 9999),
    -- grade rules: the grades they restrict (grade codes), the criteria switched on, and the register
    -- codes the REGISTRATION criterion looks for
    restricted_grades   varchar(20)[] not null,
    restricted_criteria varchar(30)[] not null
        check (restricted_criteria <@ array ['ROSH_HIGH', 'MAPPA_LEVEL_2_OR_3', 'PROTECT_LEVEL_A', 'REGISTRATION']::varchar(30)[]),
    register_codes      varchar(10)[] not null,
    note                varchar(500)  not null,
    made_at             timestamptz   not null,
    made_by             varchar(60)   not null,
    withdrawn_at        timestamptz,
    withdrawn_by        varchar(60),
    check ((withdrawn_at is null) = (withdrawn_by is null))
);

-- at most one version in force from a date
create unique index workload_configuration_in_force on workload_configuration (effective_from)
    where withdrawn_at is null;

-- points by tier (A3 to D0, and S for any tier in an unsupervised period) and case type
create table workload_case_points (
    configuration_id bigint      not null references workload_configuration (id),
    tier             varchar(2)  not null check (tier ~ '^([A-D][0-3]|S)$'),
    case_type        varchar(10) not null check (case_type in ('COMMUNITY', 'LICENCE', 'CUSTODY')),
    points           integer     not null check (points between 0 and 999),
    primary key (configuration_id, tier, case_type)
);

-- oral reports count as FAST
create table workload_report_points (
    configuration_id bigint      not null references workload_configuration (id),
    report_kind      varchar(10) not null check (report_kind in ('STANDARD', 'FAST', 'PAROLE')),
    points           integer     not null check (points between 0 and 999),
    primary key (configuration_id, report_kind)
);

create table workload_grade_hours (
    configuration_id bigint        not null references workload_configuration (id),
    grade            varchar(20)   not null,
    default_hours    numeric(4, 1) not null check (default_hours between 1 and 60),
    primary key (configuration_id, grade)
);

create function workload_configuration_keep_history() returns trigger
    language plpgsql as
$$
begin
    -- the one change allowed: withdrawing a version, leaving everything else as it was
    if tg_op = 'UPDATE' and tg_table_name = 'workload_configuration' then
        if old.withdrawn_at is null and new.withdrawn_at is not null
            and to_jsonb(new) - 'withdrawn_at' - 'withdrawn_by' = to_jsonb(old) - 'withdrawn_at' - 'withdrawn_by' then
            return new;
        end if;
    end if;
    raise exception '% is history: % is not allowed (make a new version, or withdraw one not yet in force)',
        tg_table_name, tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger workload_configuration_history before update or delete on workload_configuration
    for each row execute function workload_configuration_keep_history();
create trigger workload_case_points_history before update or delete on workload_case_points
    for each row execute function workload_configuration_keep_history();
create trigger workload_report_points_history before update or delete on workload_report_points
    for each row execute function workload_configuration_keep_history();
create trigger workload_grade_hours_history before update or delete on workload_grade_hours
    for each row execute function workload_configuration_keep_history();
create trigger workload_configuration_no_truncate before truncate on workload_configuration
    for each statement execute function workload_configuration_keep_history();

-- The reference figures, in force from 1 January 2000.
insert into workload_configuration (effective_from, nominal_target, restricted_grades, restricted_criteria,
                                    register_codes, note, made_at, made_by)
values ('2000-01-01', 2176, array ['PSO'],
        array ['ROSH_HIGH', 'MAPPA_LEVEL_2_OR_3', 'PROTECT_LEVEL_A', 'REGISTRATION'],
        array ['ADVP', 'RCPR'], 'The reference figures of the workload measurement tool', now(), 'system');

with reference (tier, community, licence, custody) as (values
    ('A3', 206, 219, 75),
    ('A2', 158, 175, 60),
    ('A1', 146, 163, 59),
    ('A0', 110, 0, 0),
    ('B3', 146, 161, 59),
    ('B2', 115, 132, 48),
    ('B1', 102, 119, 47),
    ('B0', 72, 0, 0),
    ('C3', 79, 77, 30),
    ('C2', 63, 65, 24),
    ('C1', 50, 52, 23),
    ('C0', 35, 0, 0),
    ('D3', 51, 51, 17),
    ('D2', 41, 43, 14),
    ('D1', 29, 31, 13),
    ('D0', 29, 0, 0),
    ('S', 0, 0, 0)),
     seeded as (select id from workload_configuration where effective_from = '2000-01-01')
insert into workload_case_points (configuration_id, tier, case_type, points)
select seeded.id, reference.tier, cell.case_type, cell.points
from seeded, reference,
     lateral (values ('COMMUNITY', reference.community), ('LICENCE', reference.licence),
                     ('CUSTODY', reference.custody)) as cell (case_type, points);

insert into workload_report_points (configuration_id, report_kind, points)
select id, kind, points
from workload_configuration,
     (values ('STANDARD', 138), ('FAST', 65), ('PAROLE', 120)) as report (kind, points)
where effective_from = '2000-01-01';

insert into workload_grade_hours (configuration_id, grade, default_hours)
select id, grade, 37.0
from workload_configuration, (values ('PO'), ('PQIP'), ('PSO')) as grade (grade)
where effective_from = '2000-01-01';
