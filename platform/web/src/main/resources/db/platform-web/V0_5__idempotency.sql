-- Idempotency keys for creating POSTs (DESIGN §8). One row per (principal, key): the request's fingerprint and,
-- once the original request finished, its response, replayed to retries of the same request.
CREATE TABLE platform_idempotency_key (
    principal             varchar(200)  NOT NULL,
    idempotency_key       varchar(128)  NOT NULL,
    request_target        varchar(2100) NOT NULL,   -- "POST /applications"
    request_hash          char(64)      NOT NULL,   -- SHA-256 of the body, hex
    response_status       integer,                  -- null while the original request is in progress
    response_location     text,
    response_etag         text,
    response_content_type text,
    response_body         bytea,
    created_at            timestamptz   NOT NULL DEFAULT now(),
    completed_at          timestamptz,
    PRIMARY KEY (principal, idempotency_key)
);

CREATE INDEX platform_idempotency_key_created_at ON platform_idempotency_key (created_at);
