-- Every part of a programme has its position; the caseload lines are ordered by age group.
ALTER TABLE planning_caseload ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
UPDATE planning_caseload SET position = CASE customer_group WHEN 'UNDER_25' THEN 0 ELSE 1 END;
