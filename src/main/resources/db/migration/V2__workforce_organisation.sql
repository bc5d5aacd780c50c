-- Providers, delivery units, teams and staff.
create table workforce_provider (
    code varchar(10) primary key,
    name text        not null,
    type varchar(20) not null check (type in ('NPS_DIVISION', 'CRC', 'UNIFIED_REGION'))
);

create table workforce_delivery_unit (
    code          varchar(10) primary key,
    name          text        not null,
    provider_code varchar(10) not null references workforce_provider (code)
);

create table workforce_team (
    code               varchar(10) primary key,
    name               text        not null,
    delivery_unit_code varchar(10) not null references workforce_delivery_unit (code)
);

create table workforce_staff (
    code             varchar(10)  primary key,
    forename         text         not null,
    surname          text         not null,
    grade            varchar(20)  not null
        check (grade in ('PO', 'PQIP', 'PSO', 'SPO', 'VLO', 'COURT_OFFICER', 'ADMIN', 'INSPECTOR')),
    team_code        varchar(10)  not null references workforce_team (code),
    email            text,
    contracted_hours numeric(4, 1) not null check (contracted_hours between 0 and 60),
    start_date       date         not null
);

create index workforce_staff_team on workforce_staff (team_code);
