-- Controlling: monthly basis figures with data vintages, the Kennzahlen catalogue.
-- Written for PostgreSQL 15 and H2 2.2 (MODE=PostgreSQL) alike.

CREATE SEQUENCE controlling_value_seq START WITH 500 INCREMENT BY 500;

CREATE TABLE controlling_value (
    id            BIGINT         PRIMARY KEY,
    agency_number VARCHAR(5)     NOT NULL REFERENCES kernel_jobcenter (agency_number),
    series        VARCHAR(20)    NOT NULL,
    ref_month     DATE           NOT NULL,
    gender        VARCHAR(10)    NOT NULL,
    vintage       DATE           NOT NULL,
    amount        NUMERIC(17, 2) NOT NULL CHECK (amount >= 0),
    source        VARCHAR(200),
    version       BIGINT         NOT NULL,
    CONSTRAINT controlling_value_uk UNIQUE (agency_number, series, ref_month, gender, vintage)
);
CREATE INDEX controlling_value_month_ix ON controlling_value (ref_month, series, gender);

CREATE TABLE controlling_kpi (
    code             VARCHAR(10)  PRIMARY KEY,
    name             VARCHAR(300) NOT NULL,
    formula_type     VARCHAR(30)  NOT NULL,
    numerator        VARCHAR(20)  NOT NULL,
    denominator      VARCHAR(20)  NOT NULL,
    denominator_lag  INTEGER      NOT NULL,
    extra_lag        INTEGER      NOT NULL,
    target_dimension INTEGER      NOT NULL,
    key_indicator    BOOLEAN      NOT NULL,
    higher_is_better BOOLEAN      NOT NULL,
    valid_from       DATE,
    valid_to         DATE,
    version          BIGINT       NOT NULL
);
