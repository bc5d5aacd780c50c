-- Imported offence-code mappings, kept whole so a stored score can be replayed with the mapping it used.
-- Until one is imported, the class-level default bundled with Probatio applies.
create table risk_offence_mapping (
    id          bigint generated always as identity primary key,
    version     text        not null unique,
    codes       int         not null,
    content     bytea       not null,
    imported_at timestamptz not null,
    imported_by varchar(60) not null,
    active      boolean     not null
);
create unique index risk_offence_mapping_one_active on risk_offence_mapping (active) where active;
