-- Criminogenic needs assessments (each new one replaces the last) and risk management plans.
create table risk_needs_assessment (
    id           bigint generated always as identity primary key,
    crn          char(7)     not null,
    assessed_on  date        not null,
    assessed_by  varchar(60) not null,
    -- need name -> NO_NEED, STANDARD or SEVERE, for the ten needs
    ratings      jsonb       not null,
    current      boolean     not null,
    recorded_at  timestamptz not null
);
create unique index risk_needs_one_current on risk_needs_assessment (crn) where current;

-- One plan per person, changed in place with optimistic locking; its history is the audit trail.
create table risk_management_plan (
    crn          char(7)     primary key,
    plan         text        not null,
    review_on    date        not null,
    updated_by   varchar(60) not null,
    updated_at   timestamptz not null,
    version      int         not null default 0
);
