-- The person record. One person, one record: PNC IDs are unique, and names are kept in a normalised
-- form for search (trigram) and for the duplicate check (name and date of birth).
create extension if not exists pg_trgm;

create sequence people_crn_seq;

create table people_person (
    id                       bigint generated always as identity primary key,
    crn                      char(7)      not null unique,
    first_name               text         not null,
    middle_names             text,
    last_name                text         not null,
    -- normalised first, middle and last names, then every alias: what partial-name search reads
    search_text              text         not null,
    match_key                text         not null,
    date_of_birth            date         not null,
    gender                   varchar(20)  not null,
    pnc                      varchar(13)  unique,
    cro                      varchar(12),
    nomis                    varchar(7),
    ethnicity                varchar(4),
    religion                 varchar(20),
    disability               varchar(12),
    phone                    varchar(20),
    email                    text,
    accommodation            varchar(30),
    employment               varchar(30),
    caring_responsibilities  boolean,
    caring_details           text,
    provider_code            varchar(10)  not null,
    responsible_officer_code varchar(10),
    version                  int          not null default 0,
    created_at               timestamptz  not null,
    created_by               varchar(60)  not null,
    updated_at               timestamptz  not null,
    updated_by               varchar(60)  not null
);

create index people_person_search on people_person using gin (search_text gin_trgm_ops);
create index people_person_birth on people_person (date_of_birth, match_key);
create index people_person_provider on people_person (provider_code);
create index people_person_officer on people_person (responsible_officer_code);
create index people_person_cro on people_person (cro) where cro is not null;
create index people_person_nomis on people_person (nomis) where nomis is not null;

create table people_alias (
    person_id  bigint not null references people_person (id) on delete cascade,
    position   int    not null,
    first_name text   not null,
    last_name  text   not null,
    primary key (person_id, position)
);

create table people_address (
    id        bigint generated always as identity primary key,
    person_id bigint not null references people_person (id) on delete cascade,
    line1     text   not null,
    line2     text,
    town      text   not null,
    postcode  varchar(8) not null,
    from_date date   not null,
    to_date   date,
    check (to_date is null or to_date >= from_date)
);
create index people_address_person on people_address (person_id, from_date desc);
create unique index people_address_current on people_address (person_id) where to_date is null;

-- Cases handed to another provider: its staff see them too.
create table people_shared_with (
    person_id     bigint      not null references people_person (id) on delete cascade,
    provider_code varchar(10) not null,
    reason        text        not null,
    shared_at     timestamptz not null,
    primary key (person_id, provider_code)
);
create index people_shared_with_provider on people_shared_with (provider_code);

-- Repeated create requests (a double-clicked button, a retried API call) return the first record.
create table people_create_request (
    request_key varchar(64) primary key,
    crn         char(7)     not null,
    created_at  timestamptz not null
);
