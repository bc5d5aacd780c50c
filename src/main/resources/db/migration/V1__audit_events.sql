-- The audit trail: append-only. The triggers make the database itself refuse changes to history.
create table audit_event (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null,
    username     varchar(60)  not null,
    channel      varchar(10)  not null,
    action       varchar(30)  not null,
    subject_type varchar(30)  not null,
    subject_id   varchar(60),
    details      jsonb        not null default '{}'
);

create index audit_event_subject on audit_event (subject_type, subject_id, occurred_at desc);
create index audit_event_user on audit_event (username, occurred_at desc);
-- searches record the CRNs they showed, so "who has looked at this record" finds them too
create index audit_event_shown on audit_event using gin ((details -> 'crns') jsonb_path_ops);

create function audit_event_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
