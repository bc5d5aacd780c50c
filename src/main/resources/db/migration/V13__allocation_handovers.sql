-- The handover package sent to the receiving provider when a case goes to another provider: one per
-- decision. The package is a snapshot of the record as it was handed over, so it shows what the
-- receiver actually got even after the record changes; the missing items are its checklist.
create table allocation_handover (
    id                             bigint generated always as identity primary key,
    crn                            char(7)     not null,
    decision_id                    bigint      not null unique references allocation_decision (id),
    kind                           varchar(12) not null check (kind in ('ALLOCATION', 'ESCALATION')),
    from_provider                  varchar(10) not null,
    to_provider                    varchar(10) not null,
    assembled_at                   timestamptz not null,
    package                        jsonb       not null,
    missing                        jsonb       not null,
    delivered_at                   timestamptz not null,
    -- the named person at the receiving provider who acknowledged receipt
    acknowledged_by                varchar(60),
    acknowledged_by_name           varchar(200),
    acknowledged_at                timestamptz,
    first_appointment_on           date,
    first_appointment_recorded_by  varchar(60),
    first_appointment_recorded_at  timestamptz,
    version                        int         not null default 0,
    check (from_provider <> to_provider),
    check ((acknowledged_by is null) = (acknowledged_at is null))
);
create index allocation_handover_inbox on allocation_handover (to_provider, delivered_at desc);
create index allocation_handover_sent on allocation_handover (from_provider, delivered_at desc);
create index allocation_handover_person on allocation_handover (crn);

-- The receiving provider's task to review the initial risk assessment of a case handed to it.
create table allocation_review_task (
    id                 bigint generated always as identity primary key,
    handover_id        bigint      not null unique references allocation_handover (id),
    crn                char(7)     not null,
    provider_code      varchar(10) not null,
    created_at         timestamptz not null,
    due_on             date        not null,
    completed_by       varchar(60),
    completed_by_name  varchar(200),
    completed_at       timestamptz
);
create index allocation_review_task_open on allocation_review_task (provider_code, due_on) where completed_at is null;
