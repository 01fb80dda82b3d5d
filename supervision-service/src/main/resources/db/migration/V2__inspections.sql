create table inspections (
    id           uuid        primary key,
    record_id    uuid        not null references supervision_records (id),
    result       text        not null check (result in ('COMPLIANT', 'DEFICIENCIES_FOUND', 'SERIOUS_VIOLATION')),
    notes        text        not null,
    inspected_by text        not null,
    role         text        not null,
    inspected_at timestamptz not null
);

create index inspections_by_record on inspections (record_id, inspected_at, id);
