-- Court: hearings and their charges, pre-sentence reports with their partner checks, and sentences
-- with their requirements. People are referred to by CRN and RoSH assessments by id, never by
-- another module's tables.

-- One hearing per person, court, day and session: a repeated request finds the first one.
create table court_hearing (
    id                  bigint generated always as identity primary key,
    crn                 char(7)     not null,
    court               text        not null check (length(court) between 1 and 100),
    hearing_date        date        not null,
    session             varchar(10) not null check (session in ('MORNING', 'AFTERNOON')),
    courtroom           varchar(20) not null,
    court_provider_code varchar(10) not null,
    created_by          varchar(60) not null,
    created_at          timestamptz not null
);
create unique index court_hearing_natural on court_hearing (crn, lower(court), hearing_date, session);
create index court_hearing_listed on court_hearing (court_provider_code, hearing_date);

-- Offence codes are Home Office codes: a 3-digit class and a 2-digit subclass, such as 02801.
create table court_charge (
    hearing_id   bigint      not null references court_hearing (id),
    position     smallint    not null,
    offence_code char(5)     not null check (offence_code ~ '^[0-9]{5}$'),
    description  text        not null,
    primary key (hearing_id, position)
);

-- One report per hearing. Sections stay empty (null) until written.
create table court_report (
    id                 bigint generated always as identity primary key,
    hearing_id         bigint      not null unique references court_hearing (id),
    crn                char(7)     not null,
    type               varchar(10) not null check (type in ('ORAL', 'FAST', 'STANDARD')),
    requested_at       timestamptz not null,
    due_at             timestamptz not null,
    completed_at       timestamptz,
    delivered_on_day   boolean,
    author_staff_code  varchar(10),
    author_name        text        not null,
    sources            text,
    offence_analysis   text,
    risk_and_needs     text,
    diversity          text,
    persons_views      text,
    proposal           text,
    -- the RoSH screening the risk and needs section rests on, as current when last saved
    rosh_assessment_id bigint,
    version            int         not null default 0,
    check ((completed_at is null) = (delivered_on_day is null))
);
create index court_report_person on court_report (crn, requested_at desc);
create index court_report_open on court_report (due_at) where completed_at is null;

-- Requested when the report starts. An outcome of NOT_OBTAINED carries its reason.
create table court_partner_check (
    id                  bigint generated always as identity primary key,
    report_id           bigint      not null references court_report (id),
    kind                varchar(30) not null check (kind in ('POLICE_DOMESTIC_ABUSE', 'CHILDRENS_SAFEGUARDING')),
    requested_at        timestamptz not null,
    due_at              timestamptz not null,
    outcome             varchar(20) check (outcome in ('NO_CONCERNS', 'CONCERNS_SHARED', 'NOT_OBTAINED')),
    details             text,
    not_obtained_reason text,
    responded_by        text,
    responded_at        timestamptz,
    recorded_by         varchar(60),
    escalated_at        timestamptz,
    version             int         not null default 0,
    unique (report_id, kind),
    check (outcome is distinct from 'NOT_OBTAINED' or not_obtained_reason is not null),
    check ((outcome is null) = (responded_at is null))
);
create index court_partner_check_outstanding on court_partner_check (due_at) where outcome is null;

-- One sentence per hearing. Custody carries its expected release date.
create table court_sentence (
    id                    bigint generated always as identity primary key,
    hearing_id            bigint      not null unique references court_hearing (id),
    crn                   char(7)     not null,
    order_type            varchar(30) not null check (order_type in
        ('COMMUNITY_ORDER', 'SUSPENDED_SENTENCE_ORDER', 'CUSTODY_WITH_LICENCE', 'POST_SENTENCE_SUPERVISION')),
    length_months         smallint    not null check (length_months > 0),
    sentence_date         date        not null,
    expected_release_date date,
    licence_conditions    text[]      not null default '{}',
    court_provider_code   varchar(10) not null,
    recorded_by           varchar(60) not null,
    recorded_at           timestamptz not null,
    check (order_type <> 'CUSTODY_WITH_LICENCE' or expected_release_date is not null)
);
create index court_sentence_person on court_sentence (crn, sentence_date desc);

create table court_requirement (
    sentence_id bigint      not null references court_sentence (id),
    position    smallint    not null,
    type        varchar(30) not null check (type in ('UNPAID_WORK', 'REHABILITATION_ACTIVITY',
        'ACCREDITED_PROGRAMME', 'CURFEW', 'DRUG_REHABILITATION', 'ALCOHOL_TREATMENT', 'ALCOHOL_ABSTINENCE',
        'MENTAL_HEALTH_TREATMENT', 'EXCLUSION', 'RESIDENCE', 'PROHIBITED_ACTIVITY', 'FOREIGN_TRAVEL_PROHIBITION',
        'ATTENDANCE_CENTRE')),
    amount      int         check (amount > 0),
    details     text,
    primary key (sentence_id, position)
);
