-- Issue 9, a clerk's centre-and-below scope in review: the catalog's centre tree (catalog.ServiceCentreChanged) and
-- where each item version is delegated below city level (catalog.ItemVersionChanged delegations). A city clerk reads
-- a case submitted at a centre below theirs when the case's item version is delegated to that centre.
CREATE TABLE service_centre (
    code        text PRIMARY KEY,
    parent_code text,
    level       text NOT NULL
);

CREATE INDEX service_centre_by_parent ON service_centre (parent_code);

-- One row per delegation of an item version (level TOWN or VILLAGE; centres empty = every centre of that level).
CREATE TABLE item_delegation (
    item_code    text    NOT NULL,
    item_version integer NOT NULL,
    level        text    NOT NULL,
    mode         text    NOT NULL,
    centres      text[]  NOT NULL,
    PRIMARY KEY (item_code, item_version, level)
);
