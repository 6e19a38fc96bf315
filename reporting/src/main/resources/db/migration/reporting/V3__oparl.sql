-- OParl 1.1: withdrawn papers stay published as deleted objects; meetings have a local start time;
-- the issuing body has its legislative term's dates, its Amtlicher Gemeindeschlüssel, its signatory and
-- the time of its last change.

ALTER TABLE reporting_paper ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE reporting_consultation ADD COLUMN meeting_time TIME;
ALTER TABLE reporting_body ADD COLUMN term_start DATE;
ALTER TABLE reporting_body ADD COLUMN term_end DATE;
ALTER TABLE reporting_body ADD COLUMN ags VARCHAR(8);
ALTER TABLE reporting_body ADD COLUMN signer_role VARCHAR(100);
ALTER TABLE reporting_body ADD COLUMN signer_name VARCHAR(200);
ALTER TABLE reporting_body ADD COLUMN modified_at TIMESTAMP WITH TIME ZONE;
