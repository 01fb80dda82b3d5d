create table cases (case_number text not null, sequence int not null);
create table effects (id bigserial primary key, case_number text not null, sequence int not null, event_id text not null);
