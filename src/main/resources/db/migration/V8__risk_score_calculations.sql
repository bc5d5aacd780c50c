-- Each calculation of a person's actuarial scores: the inputs exactly as scored, the results with every
-- feature, and the model and offence-mapping versions, so it can be explained and replayed later.
create table risk_score_calculation (
    id              bigint generated always as identity primary key,
    crn             char(7)      not null,
    calculated_at   timestamptz  not null,
    calculated_by   varchar(60)  not null,
    model_version   varchar(40)  not null,
    offence_mapping text         not null,
    assessment_date date         not null,
    inputs          jsonb        not null,
    -- json, not jsonb: kept exactly as written, so a replay can be compared with it character for character
    scores          json         not null,
    -- the headline figures, for history and lists without reading the JSON
    ogrs3_two_year  smallint,
    rsr_score       numeric(5, 2),
    rsr_band        varchar(20)
);
create index risk_score_calculation_person on risk_score_calculation (crn, calculated_at desc);
