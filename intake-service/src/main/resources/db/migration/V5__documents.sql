-- Issue 11: documents attached to materials (docs/intake.md, "Documents"). The files are in the object store under
-- object_key; these rows are their metadata. One row per version: a replacement is a new row, none is deleted.
create table document (
    id             uuid primary key,
    case_number    text        not null references application (case_number),
    material_code  text        not null,
    doc_version    integer     not null check (doc_version >= 1),
    content_type   text        not null check (content_type in ('PDF', 'JPEG', 'PNG', 'OFD')),
    sha256         text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes     bigint      not null check (size_bytes >= 0),
    file_name      text        not null,
    object_key     text        not null unique,
    status         text        not null check (status in ('UPLOADED', 'ACCEPTED', 'DEFECTIVE')),
    defect_reason  text,
    uploaded_by    text        not null,
    uploaded_role  text        not null,
    uploaded_at    timestamptz not null,
    reviewed_by    text,
    reviewed_at    timestamptz,
    legal_hold     boolean     not null default false,
    version        bigint      not null,
    unique (case_number, material_code, doc_version)
);

-- duplicate uploads (same content for the same material) are found by hash
create index document_content on document (case_number, material_code, sha256);

-- chunked uploads under way; the chunks are objects under object_prefix until the commit streams them into one
create table upload_session (
    id             uuid primary key,
    case_number    text        not null references application (case_number),
    material_code  text        not null,
    file_name      text        not null,
    total_bytes    bigint      not null check (total_bytes > 0),
    received_bytes bigint      not null default 0,
    chunks         integer     not null default 0,
    object_prefix  text        not null unique,
    created_by     text        not null,
    created_at     timestamptz not null
);

create index upload_session_created on upload_session (created_at);

create table upload_chunk (
    session_id  uuid    not null references upload_session (id) on delete cascade,
    idx         integer not null,
    object_key  text    not null,
    size_bytes  bigint  not null,
    primary key (session_id, idx)
);
