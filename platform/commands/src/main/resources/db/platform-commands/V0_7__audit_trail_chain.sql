-- Issue 9: the audit trail proves itself. Each entry is chained to the previous entry of the same subject (a case
-- number, an item code): seq counts the subject's entries from 1, prev_hash is the hash of entry seq-1 (64 zeros
-- for the first), hash = SHA-256 of the entry's canonical content including prev_hash (audit_trail_digest below;
-- AuditChain in Java computes the same bytes on its own, so verification does not trust this function).
-- Per subject, not per day: a subject's appends are already serialised by the aggregate's row lock (the command
-- path loads it FOR UPDATE, a create inserts its primary key), so chaining costs no new lock across cases, and a
-- case's trail, the evidence that goes to 电子监察 or a court, is verifiable by itself.
-- Sealing is done here, in the database, by a BEFORE INSERT trigger: every insert is sealed whoever writes it (the
-- command path, and the services' own migrations that copy older trails in and may run after this one, because
-- platform versions (0.x) run out of order). Values a writer passes for seq/prev_hash/hash are ignored.
alter table audit_trail add column seq bigint;
alter table audit_trail add column prev_hash text;
alter table audit_trail add column hash text;

-- The canonical content: a version tag and each field as <length in characters>:<value> ('-' for null), joined by
-- '|', at in UTC to the microsecond (what timestamptz keeps); SHA-256 of its UTF-8 bytes, hex.
create function audit_trail_digest(p_subject text, p_seq bigint, p_at timestamptz, p_action text, p_actor_id text,
                                   p_actor_name text, p_actor_role text, p_on_behalf_of text, p_principal text,
                                   p_detail text, p_prev_hash text) returns text
    language sql stable
    set search_path from current
as $$
select encode(sha256(convert_to(array_to_string(array[
           'onewindow-audit-v1',
           coalesce(length(p_subject) || ':' || p_subject, '-'),
           coalesce(length(p_seq::text) || ':' || p_seq::text, '-'),
           coalesce('27:' || to_char(p_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '-'),
           coalesce(length(p_action) || ':' || p_action, '-'),
           coalesce(length(p_actor_id) || ':' || p_actor_id, '-'),
           coalesce(length(p_actor_name) || ':' || p_actor_name, '-'),
           coalesce(length(p_actor_role) || ':' || p_actor_role, '-'),
           coalesce(length(p_on_behalf_of) || ':' || p_on_behalf_of, '-'),
           coalesce(length(p_principal) || ':' || p_principal, '-'),
           coalesce(length(p_detail) || ':' || p_detail, '-'),
           coalesce(length(p_prev_hash) || ':' || p_prev_hash, '-')], '|'), 'UTF8')), 'hex')
$$;

-- Seal the rows already there, per subject in the order they were written (id).
update audit_trail t set seq = n.seq
from (select id, row_number() over (partition by subject order by id) as seq from audit_trail) n
where t.id = n.id;

do $$
declare
    r         record;
    last_subj text := null;
    prev      text;
    sealed    text;
begin
    for r in select * from audit_trail order by subject, seq loop
        if last_subj is distinct from r.subject then
            prev := repeat('0', 64);
            last_subj := r.subject;
        end if;
        sealed := audit_trail_digest(r.subject, r.seq, r.at, r.action, r.actor_id, r.actor_name, r.actor_role,
                                     r.on_behalf_of, r.principal, r.detail, prev);
        update audit_trail set prev_hash = prev, hash = sealed where id = r.id;
        prev := sealed;
    end loop;
end
$$;

alter table audit_trail alter column seq set not null;
alter table audit_trail alter column prev_hash set not null;
alter table audit_trail alter column hash set not null;
alter table audit_trail add constraint audit_trail_subject_seq unique (subject, seq);

-- New entries: the next link of the subject's chain. The advisory lock (per subject, until commit) makes the
-- chain safe even for a writer that holds no aggregate row lock (a migration, two aggregates sharing a subject);
-- in the command path it is uncontended. The unique (subject, seq) refuses a fork should anything slip through.
create function audit_trail_seal() returns trigger
    language plpgsql volatile
    set search_path from current
as $$
declare
    last_seq  bigint;
    last_hash text;
begin
    perform pg_advisory_xact_lock(hashtextextended('audit_trail:' || new.subject, 0));
    select seq, hash into last_seq, last_hash from audit_trail where subject = new.subject order by seq desc limit 1;
    new.seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := coalesce(last_hash, repeat('0', 64));
    new.hash := audit_trail_digest(new.subject, new.seq, new.at, new.action, new.actor_id, new.actor_name,
                                   new.actor_role, new.on_behalf_of, new.principal, new.detail, new.prev_hash);
    return new;
end
$$;

create trigger audit_trail_seal before insert on audit_trail for each row execute function audit_trail_seal();
