create table parcel (id text primary key, status text not null, weight int not null, version bigint not null);
