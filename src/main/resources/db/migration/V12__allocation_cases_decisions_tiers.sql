-- A sentenced case waiting for a provider: opened when the sentence is recorded, due one working day later.
create table allocation_case (
    id                bigint generated always as identity primary key,
    crn               char(7)     not null,
    sentence_id       bigint      not null unique,
    sentence_date     date        not null,
    court_provider    varchar(10) not null,
    due_on            date        not null,
    -- the allocation gate: a current RoSH screening completed on or after this day (the report's start)
    assessed_from     date        not null,
    mandate_for_change boolean    not null,
    opened_at         timestamptz not null,
    decision_id       bigint,
    version           int         not null default 0
);
create index allocation_case_awaiting on allocation_case (court_provider, due_on) where decision_id is null;
create index allocation_case_person on allocation_case (crn);

-- Every decision on which provider takes a case, with everything needed to explain and replay it.
create table allocation_decision (
    id                 bigint generated always as identity primary key,
    crn                char(7)     not null,
    case_id            bigint references allocation_case (id),
    kind               varchar(12) not null check (kind in ('ALLOCATION', 'ESCALATION')),
    status             varchar(20) not null check (status in ('FINAL', 'AWAITING_APPROVAL', 'REJECTED')),
    policy_version     varchar(20) not null,
    -- what the policy decided, and where the case went (different only after an approved override)
    policy_provider    varchar(20) not null,
    provider           varchar(20) not null,
    provider_code      varchar(10) not null,
    deciding_rule      text        not null,
    factors            jsonb       not null,
    -- the policy's input exactly as decided, for replay
    facts              jsonb       not null,
    tier               varchar(4),
    rosh_assessment_id bigint,
    decided_by         varchar(60) not null,
    decided_at         timestamptz not null,
    working_days       int,
    override_reason    text,
    reviewed_by        varchar(60),
    reviewed_at        timestamptz,
    review_note        text,
    request_key        varchar(100) unique
);
create index allocation_decision_person on allocation_decision (crn, decided_at desc);
create index allocation_decision_awaiting on allocation_decision (decided_at) where status = 'AWAITING_APPROVAL';

-- Each person's current tier, with its inputs and every factor's points, replaced when risk changes.
create table allocation_tier (
    crn            char(7)     primary key,
    tier           varchar(4)  not null,
    protect_level  char(1)     not null,
    protect_points int         not null,
    change_level   smallint    not null,
    change_points  int         not null,
    model_version  varchar(10) not null,
    inputs         jsonb       not null,
    factors        jsonb       not null,
    calculated_at  timestamptz not null
);
