-- The licence register (电子证照, issue 11 item 7; docs/review.md "Electronic licence"). One row per licence number,
-- inserted PENDING in the transaction of the approval that granted it; the issuing job stores the PDF in the object
-- store first, then completes the row (ISSUED: the verification code's SHA-256 and the object's reference).
CREATE TABLE licence (
    number            text PRIMARY KEY,
    case_number       text NOT NULL UNIQUE,
    item_code         text NOT NULL,
    item_name         text,
    holder_name       text NOT NULL,          -- as printed on the licence (the holder's own document)
    holder_kind       text NOT NULL,          -- PERSON / ORGANISATION: verification masks a person's name
    holder_masked_id  text,                   -- masked at intake, never whole
    department        text,                   -- the issuing (implementing) department
    valid_from        date NOT NULL,
    valid_until       date,
    status            text NOT NULL,          -- VALID / SUSPENDED / REVOKED (supervision's LicenceActionTaken)
    document_state    text NOT NULL,          -- PENDING / ISSUED
    code_hash         text,                   -- SHA-256 of the 防伪码; the plain code is only on the printed licence
    document_key      text,
    document_sha256   text,
    document_size     bigint,
    issued_at         timestamptz,
    registered_at     timestamptz NOT NULL DEFAULT now(),
    attempts          integer NOT NULL DEFAULT 0,
    last_error        text,
    version           bigint NOT NULL,
    CONSTRAINT licence_issued_complete CHECK (document_state = 'PENDING'
        OR (code_hash IS NOT NULL AND document_key IS NOT NULL AND document_sha256 IS NOT NULL
            AND document_size IS NOT NULL AND issued_at IS NOT NULL))
);
CREATE INDEX licence_pending ON licence (registered_at) WHERE document_state = 'PENDING';

-- From intake.ApplicationAccepted: whether the applicant (the licence's holder) is a person or an organisation.
CREATE TABLE case_holder_kind (
    case_number text PRIMARY KEY,
    kind        text NOT NULL
);
