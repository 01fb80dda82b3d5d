-- Issue 11: the documents of each case as intake announces them (intake.MaterialsUpdated): references only, so a
-- reviewer's task lists what to read in intake (the file stays in intake's object store, read through its API).
create table case_document (
    document_id   uuid primary key,
    case_number   text        not null,
    material_code text        not null,
    doc_version   integer     not null,
    content_type  text        not null,
    sha256        text        not null,
    size_bytes    bigint      not null,
    status        text        not null,
    updated_at    timestamptz not null
);

create index case_document_case on case_document (case_number, material_code, doc_version);
