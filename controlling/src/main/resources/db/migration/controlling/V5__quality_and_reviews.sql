-- Quality standards (customer satisfaction, process quality, operative minimum standards) with values per
-- month, and target review dialogues (Zielnachhaltedialog) with a snapshot of the Kennzahlen discussed and
-- the steering actions agreed. Everything belongs to one Jobcenter.

CREATE SEQUENCE controlling_steering_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE controlling_quality_standard (
    id              BIGINT        PRIMARY KEY,
    agency_number   VARCHAR(5)    NOT NULL REFERENCES kernel_jobcenter (agency_number),
    code            VARCHAR(20)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    kind            VARCHAR(10)   NOT NULL,
    target          NUMERIC(7, 2) NOT NULL,
    active          BOOLEAN       NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT controlling_quality_standard_uk UNIQUE (agency_number, code)
);

CREATE TABLE controlling_quality_value (
    id            BIGINT        PRIMARY KEY,
    agency_number VARCHAR(5)    NOT NULL REFERENCES kernel_jobcenter (agency_number),
    standard_id   BIGINT        NOT NULL REFERENCES controlling_quality_standard (id),
    ref_month     DATE          NOT NULL,
    actual        NUMERIC(7, 2) NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT controlling_quality_value_uk UNIQUE (standard_id, ref_month)
);

CREATE TABLE controlling_review (
    id            BIGINT        PRIMARY KEY,
    agency_number VARCHAR(5)    NOT NULL REFERENCES kernel_jobcenter (agency_number),
    held_on       DATE          NOT NULL,
    figures_month DATE          NOT NULL,
    participants  VARCHAR(1000) NOT NULL,
    assessment    VARCHAR(4000) NOT NULL,
    recorded_by   VARCHAR(60)   NOT NULL,
    version       BIGINT        NOT NULL
);

CREATE TABLE controlling_review_kpi (
    id          BIGINT         PRIMARY KEY,
    review_id   BIGINT         NOT NULL REFERENCES controlling_review (id),
    code        VARCHAR(10)    NOT NULL,
    name        VARCHAR(300)   NOT NULL,
    kpi_value   NUMERIC(12, 4),
    numerator   NUMERIC(17, 2),
    denominator NUMERIC(17, 2),
    reason      VARCHAR(300)
);

CREATE TABLE controlling_steering_action (
    id            BIGINT        PRIMARY KEY,
    agency_number VARCHAR(5)    NOT NULL REFERENCES kernel_jobcenter (agency_number),
    review_id     BIGINT        NOT NULL REFERENCES controlling_review (id),
    description   VARCHAR(1000) NOT NULL,
    owner         VARCHAR(100)  NOT NULL,
    due_date      DATE          NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    version       BIGINT        NOT NULL
);
