-- Lets the inbox pruner find rows older than the retention without scanning the table.
create index inbox_processed_at on inbox (processed_at);
