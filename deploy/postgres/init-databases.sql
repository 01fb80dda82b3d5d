-- Run once by the postgres image on an empty volume: one database per service (docs/architecture.md).
CREATE DATABASE catalog;
CREATE DATABASE intake;
CREATE DATABASE review;
CREATE DATABASE supervision;
CREATE DATABASE rating;
CREATE DATABASE monitor;
