-- Random inspection draws (双随机): everything needed to repeat the draw is kept with its result.
create table draws (
    id               uuid        primary key,
    department       text        not null,
    seed             bigint      not null,
    holders_count    integer     not null,
    inspectors_count integer     not null,
    candidates       text[]      not null,
    inspector_pool   text[]      not null,
    holders          text[]      not null,
    inspectors       text[]      not null,
    drawn_by         text        not null,
    drawn_at         timestamptz not null
);

create index draws_by_department on draws (department, drawn_at desc, id);
