-- Issue 11 item 7: the electronic licence (电子证照) review issued becomes a document of the case (docs/intake.md,
-- "Documents"). kind tells a material's file (its object under intake's prefix) from the licence (its object under
-- review's prefix, read as is, never listed or deleted by intake's cleaners).
alter table document add column kind text not null default 'MATERIAL' check (kind in ('MATERIAL', 'LICENCE'));

-- one licence document per case and content: a redelivered LicenceIssued finds it
create index document_licence on document (case_number) where kind = 'LICENCE';
