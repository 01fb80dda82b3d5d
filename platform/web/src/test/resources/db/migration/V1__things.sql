CREATE TABLE thing (
    id         uuid         PRIMARY KEY,
    name       varchar(100) NOT NULL UNIQUE,
    version    bigint       NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now()
);
