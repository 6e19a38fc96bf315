-- Fachaufsicht: audit areas (Prüffelder) per Jobcenter, the yearly risk-based audit plan, audited cases,
-- findings and corrective actions with their follow-up check. Everything belongs to one Jobcenter.

CREATE SEQUENCE controlling_supervision_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE controlling_audit_area (
    id              BIGINT       PRIMARY KEY,
    agency_number   VARCHAR(5)   NOT NULL REFERENCES kernel_jobcenter (agency_number),
    code            VARCHAR(20)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    error_threshold NUMERIC(5, 2),
    active          BOOLEAN      NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT controlling_audit_area_uk UNIQUE (agency_number, code)
);

CREATE TABLE controlling_audit_plan (
    id                  BIGINT     PRIMARY KEY,
    agency_number       VARCHAR(5) NOT NULL REFERENCES kernel_jobcenter (agency_number),
    plan_year           INTEGER    NOT NULL,
    area_id             BIGINT     NOT NULL REFERENCES controlling_audit_area (id),
    risk_score          INTEGER    NOT NULL CHECK (risk_score BETWEEN 1 AND 5),
    min_cases_per_month INTEGER    NOT NULL CHECK (min_cases_per_month >= 0),
    rationale           VARCHAR(1000),
    version             BIGINT     NOT NULL,
    CONSTRAINT controlling_audit_plan_uk UNIQUE (agency_number, plan_year, area_id)
);

CREATE TABLE controlling_audit_case (
    id               BIGINT         PRIMARY KEY,
    agency_number    VARCHAR(5)     NOT NULL REFERENCES kernel_jobcenter (agency_number),
    audit_date       DATE           NOT NULL,
    area_id          BIGINT         NOT NULL REFERENCES controlling_audit_area (id),
    team             VARCHAR(100)   NOT NULL,
    auditor          VARCHAR(100)   NOT NULL,
    case_reference   VARCHAR(30)    NOT NULL,
    faulty           BOOLEAN        NOT NULL,
    error_type       VARCHAR(200),
    financial_impact NUMERIC(12, 2),
    recorded_by      VARCHAR(60)    NOT NULL,
    version          BIGINT         NOT NULL
);
CREATE INDEX controlling_audit_case_ix ON controlling_audit_case (agency_number, audit_date);

CREATE TABLE controlling_finding (
    id            BIGINT        PRIMARY KEY,
    agency_number VARCHAR(5)    NOT NULL REFERENCES kernel_jobcenter (agency_number),
    area_id       BIGINT        NOT NULL REFERENCES controlling_audit_area (id),
    found_on      DATE          NOT NULL,
    description   VARCHAR(2000) NOT NULL,
    version       BIGINT        NOT NULL
);

CREATE TABLE controlling_corrective_action (
    id               BIGINT        PRIMARY KEY,
    agency_number    VARCHAR(5)    NOT NULL REFERENCES kernel_jobcenter (agency_number),
    finding_id       BIGINT        NOT NULL REFERENCES controlling_finding (id),
    description      VARCHAR(1000) NOT NULL,
    owner            VARCHAR(100)  NOT NULL,
    due_date         DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    follow_up_date   DATE,
    follow_up_result VARCHAR(1000),
    version          BIGINT        NOT NULL
);
CREATE INDEX controlling_corrective_action_ix ON controlling_corrective_action (agency_number, status, due_date);
