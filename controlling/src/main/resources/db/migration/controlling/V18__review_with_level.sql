-- A Zielnachhaltedialog held with the supervising level (Regionaldirektion for a gE, Land for a zkT, § 48b SGB II):
-- the level recorded it and takes part; empty for the Jobcenter's internal dialogues.
ALTER TABLE controlling_review ADD COLUMN level_participant VARCHAR(100);
