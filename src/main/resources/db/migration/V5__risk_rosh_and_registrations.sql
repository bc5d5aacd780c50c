-- RoSH screenings and full analyses, and registrations (warning flags) with their reviews.

-- Each new assessment supersedes the one before; exactly one is current per person.
create table risk_rosh_assessment (
    id                  bigint generated always as identity primary key,
    crn                 char(7)     not null,
    kind                varchar(20) not null check (kind in ('SCREENING', 'FULL_ANALYSIS')),
    stage               varchar(20) not null check (stage in ('COURT_REPORT', 'POST_SENTENCE', 'REVIEW')),
    completed_on        date        not null,
    completed_by        varchar(60) not null,
    community_children  varchar(10) not null,
    community_public    varchar(10) not null,
    community_known_adult varchar(10) not null,
    community_staff     varchar(10) not null,
    custody_children    varchar(10),
    custody_public      varchar(10),
    custody_known_adult varchar(10),
    custody_staff       varchar(10),
    custody_prisoners   varchar(10),
    overall             varchar(10) not null,
    supersedes_id       bigint references risk_rosh_assessment (id),
    current             boolean     not null,
    recorded_at         timestamptz not null
);
create unique index risk_rosh_one_current on risk_rosh_assessment (crn) where current;
create index risk_rosh_history on risk_rosh_assessment (crn, recorded_at desc);

create table risk_registration (
    id                    bigint generated always as identity primary key,
    crn                   char(7)     not null,
    type                  varchar(8)  not null,
    -- MAPPA registrations only: category 1-3 and level 1-3
    mappa_category        smallint check (mappa_category between 1 and 3),
    mappa_level           smallint check (mappa_level between 1 and 3),
    notes                 text,
    registered_on         date        not null,
    registered_by         varchar(60) not null,
    review_every_months   smallint    not null check (review_every_months between 1 and 24),
    next_review_on        date        not null,
    deregistered_on       date,
    deregistered_by       varchar(60),
    deregistration_reason text,
    version               int         not null default 0
);
-- one active registration of each type per person
create unique index risk_registration_active on risk_registration (crn, type) where deregistered_on is null;
create index risk_registration_due on risk_registration (next_review_on) where deregistered_on is null;

create table risk_registration_review (
    id              bigint generated always as identity primary key,
    registration_id bigint      not null references risk_registration (id),
    reviewed_on     date        not null,
    reviewed_by     varchar(60) not null,
    notes           text,
    next_review_on  date        not null
);
create index risk_registration_review_of on risk_registration_review (registration_id, reviewed_on desc);
