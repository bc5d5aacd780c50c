-- Each case-holding practitioner's workload figure now, and one row a day for each of them: the figures
-- as they stood that day, never rewritten by a later change of the points table, and the trend.
create table workload_figure (
    staff_code       varchar(10)   primary key,
    calculated_on    date          not null,
    calculated_at    timestamptz   not null,
    configuration_id bigint        not null references workload_configuration (id),
    grade            varchar(20)   not null,
    team_code        varchar(10)   not null,
    provider_code    varchar(10)   not null,
    contracted_hours numeric(4, 1) not null,
    reduction_hours  numeric(8, 4) not null,
    available_points integer       not null,
    points           integer       not null,
    capacity_percent numeric(7, 1),
    cases            integer       not null,
    community        integer       not null,
    licence          integer       not null,
    custody          integer       not null,
    reports          integer       not null,
    -- cases by tier code, e.g. {"B3": 2, "none": 1}
    cases_by_tier    jsonb         not null
);
create index workload_figure_team on workload_figure (team_code);
create index workload_figure_provider on workload_figure (provider_code);

create table workload_figure_history (like workload_figure including defaults);
alter table workload_figure_history add primary key (calculated_on, staff_code);
