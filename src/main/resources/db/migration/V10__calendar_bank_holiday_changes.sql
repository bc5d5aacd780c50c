-- One-off changes to the England and Wales bank holidays that administrators make for future dates,
-- on top of the rules and the table of past one-off changes built into Probatio (calendar.rules).
-- ADDED: an extra bank holiday, or the new date of a moved one. REMOVED: a date the rules make a bank
-- holiday that is not one that year. A change is never deleted: withdrawing it keeps who did so and when.
create table calendar_bank_holiday_change (
    id           bigint generated always as identity primary key,
    holiday_date date         not null,
    kind         varchar(10)  not null check (kind in ('ADDED', 'REMOVED')),
    name         varchar(100) check ((kind = 'ADDED') = (name is not null)),
    reason       varchar(500) not null,
    made_at      timestamptz  not null,
    made_by      varchar(60)  not null,
    withdrawn_at timestamptz,
    withdrawn_by varchar(60),
    check ((withdrawn_at is null) = (withdrawn_by is null))
);

-- at most one change in force for a date
create unique index calendar_bank_holiday_change_in_force on calendar_bank_holiday_change (holiday_date)
    where withdrawn_at is null;
