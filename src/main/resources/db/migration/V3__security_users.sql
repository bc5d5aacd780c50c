-- Users, their roles, personal API tokens, limited-access (restricted) cases and web sessions.
create table security_user (
    id              bigint generated always as identity primary key,
    username        varchar(60) not null unique,
    display_name    text        not null,
    password_hash   text        not null,
    staff_code      varchar(10),
    enabled         boolean     not null default true,
    failed_attempts int         not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null
);

create table security_user_role (
    user_id bigint      not null references security_user (id) on delete cascade,
    role    varchar(30) not null
        check (role in ('PRACTITIONER', 'SENIOR_PRACTITIONER', 'COURT', 'ALLOCATOR', 'VLO', 'INSPECTOR', 'ADMIN')),
    primary key (user_id, role)
);

-- Only a SHA-256 of each token is kept: tokens are long random strings, so a fast hash is safe
-- and lets every API request be checked without a slow password hash.
create table security_api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint      not null references security_user (id) on delete cascade,
    label        text        not null,
    token_hash   char(64)    not null unique,
    token_hint   varchar(12) not null,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index security_api_token_user on security_api_token (user_id);

-- A limited-access case: who to contact for access, and its exclusion and restriction lists.
create table security_limited_access (
    crn        char(7)     primary key,
    contact    text        not null,
    reason     text,
    changed_by varchar(60) not null,
    changed_at timestamptz not null
);

create table security_access_list (
    crn      char(7)     not null references security_limited_access (crn) on delete cascade,
    username varchar(60) not null,
    list     varchar(10) not null check (list in ('EXCLUDED', 'PERMITTED')),
    primary key (crn, list, username)
);

-- Spring Session JDBC, so several instances can serve the same users.
create table security_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null unique,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create index security_session_expiry on security_session (expiry_time);
create index security_session_principal on security_session (principal_name);

create table security_session_attributes (
    session_primary_id char(36)     not null references security_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
