-- Structure figures of a Jobcenter besides the Kennzahlen (programme document chapters 1 and 2):
-- ELB by Integrationsprognose and age group, employed ELB by income band, Bedarfsgemeinschaften,
-- unemployed in SGB II and the SGB II unemployment rate, annual averages. A period is a year
-- (annual average, JDW: 'JJJJ') or a month ('JJJJ-MM'); every value carries its data vintage.

CREATE SEQUENCE controlling_structure_seq START WITH 100 INCREMENT BY 100;

CREATE TABLE controlling_structure_value (
    id            BIGINT         PRIMARY KEY,
    agency_number VARCHAR(5)     NOT NULL REFERENCES kernel_jobcenter (agency_number),
    figure        VARCHAR(20)    NOT NULL,
    period        VARCHAR(7)     NOT NULL,
    category      VARCHAR(20)    NOT NULL,
    age_group     VARCHAR(10)    NOT NULL,
    vintage       DATE           NOT NULL,
    amount        NUMERIC(14, 2) NOT NULL CHECK (amount >= 0),
    source        VARCHAR(200),
    version       BIGINT         NOT NULL,
    CONSTRAINT controlling_structure_value_uk UNIQUE (agency_number, figure, period, category, age_group, vintage)
);
CREATE INDEX controlling_structure_value_ix ON controlling_structure_value (agency_number, figure, period);
