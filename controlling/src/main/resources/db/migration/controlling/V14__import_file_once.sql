-- The same file (and default vintage) is imported once: a second import of it, also one running in
-- parallel, is refused by this key (409) instead of rewriting the values without a change.
ALTER TABLE controlling_import ADD COLUMN file_hash VARCHAR(64);
ALTER TABLE controlling_import ADD CONSTRAINT controlling_import_file_uk UNIQUE (file_hash);
