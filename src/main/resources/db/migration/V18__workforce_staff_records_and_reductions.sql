-- Staff records kept by administrators: a version on staff and teams so two people editing at once
-- are told rather than overwritten, who changed each last, and the last working day of staff who
-- have left (they keep their history but are not offered new cases).
alter table workforce_staff
    add column leaving_date date,
    add column version      int         not null default 0,
    add column updated_at   timestamptz,
    add column updated_by   varchar(60),
    add constraint workforce_staff_leaves_after_starting check (leaving_date is null or leaving_date >= start_date);

alter table workforce_team
    add column version    int         not null default 0,
    add column updated_at timestamptz,
    add column updated_by varchar(60);

-- The staff list is ordered by name and searched by it.
create index workforce_staff_by_name on workforce_staff (surname, forename, code);
create unique index workforce_team_name_in_unit on workforce_team (delivery_unit_code, lower(name));

-- Workload reductions: hours a week, or a percentage of contracted hours, for a reason and a
-- category, from a start date to an end date (both days included; open-ended when there is none).
-- A removed reduction (entered by mistake) is kept, marked removed, so past workload figures that
-- counted it can still be explained.
create table workforce_reduction (
    id          bigint generated always as identity primary key,
    staff_code  varchar(10)  not null references workforce_staff (code),
    category    varchar(30)  not null check (category in ('TRAINEE_OFFICER', 'NEWLY_QUALIFIED', 'LONG_TERM_SICKNESS',
                                                          'PHASED_RETURN', 'UNION_DUTIES', 'OTHER')),
    kind        varchar(10)  not null check (kind in ('HOURS', 'PERCENT')),
    amount      numeric(4, 1) not null,
    reason      text         not null,
    start_date  date         not null,
    end_date    date,
    created_at  timestamptz  not null,
    created_by  varchar(60)  not null,
    updated_at  timestamptz  not null,
    updated_by  varchar(60)  not null,
    removed_at  timestamptz,
    removed_by  varchar(60),
    version     int          not null default 0,
    check ((kind = 'HOURS' and amount > 0 and amount <= 60) or (kind = 'PERCENT' and amount >= 1 and amount <= 100)),
    check (end_date is null or end_date >= start_date),
    -- the presets with a length always have an end date
    check (category not in ('TRAINEE_OFFICER', 'NEWLY_QUALIFIED') or end_date is not null),
    check ((removed_at is null) = (removed_by is null))
);
create index workforce_reduction_staff on workforce_reduction (staff_code, start_date) where removed_at is null;

-- Repeated create requests (a double-clicked button, a retried API call) return the first record.
-- The key is a hash of the user, what was asked for and the caller's key.
create table workforce_create_request (
    request_key varchar(64) primary key,
    subject_id  varchar(20),
    created_at  timestamptz not null
);
