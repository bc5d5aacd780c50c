-- The cases each provider holds, from allocation's CaseAllocated events, with what their workload
-- points depend on: the order (and for custody the release date, when custody turns to licence), its
-- end, and the person's current tier.
create table workload_case (
    id                    bigint generated always as identity primary key,
    allocation_case_id    bigint      not null unique,
    crn                   char(7)     not null,
    provider_code         varchar(10) not null,
    decision_id           bigint      not null,
    provider_allocated_at timestamptz not null,
    sentence_id           bigint      not null,
    order_type            varchar(30) not null,
    sentence_date         date        not null,
    ends_on               date,
    expected_release_date date,
    tier                  varchar(4)
);
create index workload_case_person on workload_case (crn);
create index workload_case_provider on workload_case (provider_code, provider_allocated_at);

-- Each time a case is given to a practitioner. The open row (ended_at null) is the case's practitioner:
-- at most one, which, with the unique request key, makes allocating idempotent and safe from races.
create table workload_practitioner_allocation (
    id                    bigint generated always as identity primary key,
    case_id               bigint      not null references workload_case (id),
    staff_code            varchar(10) not null,
    team_code             varchar(10) not null,
    allocated_at          timestamptz not null,
    allocated_by          varchar(60) not null,
    justification         text        not null,
    sensitive             boolean     not null,
    oversight_note        text,
    -- a senior practitioner's reason for giving a case outside the practitioner's grade rules
    grade_override_reason text,
    reallocation_reason   varchar(30)
        check (reallocation_reason in ('CASELOAD_ADJUSTMENT', 'CHANGE_IN_TIER_OR_RISK', 'CHANGE_OF_ADDRESS',
            'OFFICER_LEFT', 'RISK_TO_STAFF', 'TRANSFER_IN', 'OTHER')),
    reallocation_details  text,
    request_key           varchar(64) not null unique,
    ended_at              timestamptz,
    ended_because         text
);
create unique index workload_practitioner_allocation_current on workload_practitioner_allocation (case_id)
    where ended_at is null;
create index workload_practitioner_allocation_staff on workload_practitioner_allocation (staff_code, allocated_at)
    where ended_at is null;
