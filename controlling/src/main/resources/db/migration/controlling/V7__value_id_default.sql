-- Bulk imports COPY new values straight into controlling_value; the id then comes from the sequence.
-- Each nextval is a multiple of 500 apart from every other, so it never falls into a block of 500 ids
-- that EclipseLink preallocates from another nextval.
ALTER TABLE controlling_value ALTER COLUMN id SET DEFAULT nextval('controlling_value_seq');
