-- Trigram search finds CJK substrings: a query for 营业 matches 营业执照 through the GIN index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE department (
    code        text PRIMARY KEY,
    name        text        NOT NULL,
    powers      jsonb       NOT NULL DEFAULT '[]',
    active      boolean     NOT NULL DEFAULT true,
    changed_at  timestamptz NOT NULL
);

CREATE TABLE service_centre (
    code        text PRIMARY KEY,
    name        text        NOT NULL,
    level       text        NOT NULL CHECK (level IN ('CITY', 'TOWN', 'VILLAGE')),
    parent_code text REFERENCES service_centre (code),
    active      boolean     NOT NULL DEFAULT true,
    changed_at  timestamptz NOT NULL
);

-- One row per item; the search columns describe the current version (the latest draft before the first publication).
CREATE TABLE service_item (
    code            text PRIMARY KEY,
    revision        bigint      NOT NULL,
    name            text        NOT NULL,
    status          text        NOT NULL,
    current_version int,
    latest_version  int         NOT NULL,
    departments     text[]      NOT NULL DEFAULT '{}',
    levels          text[]      NOT NULL DEFAULT '{}',
    channels        text[]      NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL,
    changed_at      timestamptz NOT NULL
);
CREATE INDEX service_item_name_trgm ON service_item USING gin (name gin_trgm_ops);
CREATE INDEX service_item_departments ON service_item USING gin (departments);

CREATE TABLE item_version (
    item_code       text        NOT NULL REFERENCES service_item (code),
    number          int         NOT NULL,
    status          text        NOT NULL,
    definition      jsonb       NOT NULL,
    effective_from  date,
    effective_until date,
    changed_at      timestamptz NOT NULL,
    PRIMARY KEY (item_code, number)
);

CREATE TABLE item_change (
    id         bigserial PRIMARY KEY,
    item_code  text        NOT NULL REFERENCES service_item (code),
    version    int         NOT NULL,
    action     text        NOT NULL,
    actor_id   text        NOT NULL,
    actor_name text,
    role       text,
    reason     text        NOT NULL,
    at         timestamptz NOT NULL
);
CREATE INDEX item_change_item ON item_change (item_code, id);

CREATE TABLE calendar_version (
    year              int         NOT NULL,
    version           int         NOT NULL,
    holidays          jsonb       NOT NULL,
    adjusted_workdays jsonb       NOT NULL,
    published_by      text        NOT NULL,
    reason            text        NOT NULL,
    published_at      timestamptz NOT NULL,
    PRIMARY KEY (year, version)
);
