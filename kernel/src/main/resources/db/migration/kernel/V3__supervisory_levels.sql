-- Kernel: the supervising levels of the target agreement cascade (§ 48b SGB II).
-- Each Jobcenter's Land and, for a gE, its Regionaldirektion (filled at start-up from
-- jobcenter-levels.csv, corrected by ADMIN); a level user's level (RD:<code> or LAND:<code>).

ALTER TABLE kernel_jobcenter ADD COLUMN land VARCHAR(2);
ALTER TABLE kernel_jobcenter ADD COLUMN regional_directorate VARCHAR(40);
CREATE INDEX kernel_jobcenter_land_ix ON kernel_jobcenter (land);
CREATE INDEX kernel_jobcenter_rd_ix ON kernel_jobcenter (regional_directorate);

ALTER TABLE kernel_user ADD COLUMN level VARCHAR(60);
