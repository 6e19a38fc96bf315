-- Shared records (funding programmes, organisations) remember the Jobcenter that created them:
-- only that Jobcenter and ADMIN change them (the tenancy rule, README "Security"). Existing rows
-- were created before this rule and stay with ADMIN.
ALTER TABLE programmes_programme ADD COLUMN created_by_agency VARCHAR(5);
ALTER TABLE programmes_organisation ADD COLUMN created_by_agency VARCHAR(5);
