-- Issue 11: the Kennzahlen as the BA publishes them (value, numerator, denominator per Jobcenter, month,
-- gender and vintage), kept beside the computed ones for the reconciliation.

CREATE SEQUENCE controlling_published_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE controlling_published (
    id            BIGINT         PRIMARY KEY,
    agency_number VARCHAR(5)     NOT NULL REFERENCES kernel_jobcenter (agency_number),
    ref_month     DATE           NOT NULL,
    gender        VARCHAR(10)    NOT NULL,
    code          VARCHAR(10)    NOT NULL,
    vintage       DATE           NOT NULL,
    kpi_value     NUMERIC(12, 4) NOT NULL,
    numerator     NUMERIC(19, 4),
    denominator   NUMERIC(19, 4),
    version       BIGINT         NOT NULL,
    CONSTRAINT controlling_published_uk UNIQUE (agency_number, ref_month, gender, code, vintage)
);
CREATE INDEX controlling_published_month_ix ON controlling_published (ref_month, gender);
