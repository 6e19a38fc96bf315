-- Planning: programmes (versions), their parts, teams and offers, national rates and shares.
-- Written for PostgreSQL 15 and H2 2.2 (MODE=PostgreSQL) alike.

CREATE SEQUENCE planning_programme_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE planning_part_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE planning_team_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE planning_offer_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE planning_programme (
    id                        BIGINT       PRIMARY KEY,
    agency_number             VARCHAR(5)   NOT NULL REFERENCES kernel_jobcenter (agency_number),
    plan_year                 INTEGER      NOT NULL,
    version_number            INTEGER      NOT NULL,
    status                    VARCHAR(20)  NOT NULL,
    stand_date                DATE,
    agreed_on                 DATE,
    agreed_by                 VARCHAR(200),
    revision_reason           VARCHAR(1000),
    predecessor_id            BIGINT       REFERENCES planning_programme (id),
    is_current                BOOLEAN      NOT NULL,
    integrations              INTEGER,
    integration_rate          NUMERIC(5, 1),
    integrations_women        INTEGER,
    integrations_men          INTEGER,
    previous_integration_rate NUMERIC(5, 1),
    lzb_change_pct            NUMERIC(5, 1),
    lzb_basis                 VARCHAR(20),
    lzb_baseline              INTEGER,
    vk_previous               NUMERIC(15, 2),
    vk_current                NUMERIC(15, 2),
    egl_previous              NUMERIC(15, 2),
    egl_current               NUMERIC(15, 2),
    budget_kind               VARCHAR(20),
    budget_stand              DATE,
    version                   BIGINT       NOT NULL,
    CONSTRAINT planning_programme_version_uk UNIQUE (agency_number, plan_year, version_number),
    CONSTRAINT planning_programme_status_ck CHECK (status IN ('ENTWURF', 'FORTGESCHRIEBEN', 'IN_ABSTIMMUNG', 'VEREINBART'))
);
CREATE INDEX planning_programme_year_ix ON planning_programme (agency_number, plan_year);

CREATE TABLE planning_target_path (
    programme_id BIGINT  NOT NULL REFERENCES planning_programme (id) ON DELETE CASCADE,
    month_no     INTEGER NOT NULL,
    integrations INTEGER NOT NULL,
    PRIMARY KEY (programme_id, month_no)
);

CREATE TABLE planning_spending_profile (
    programme_id BIGINT         NOT NULL REFERENCES planning_programme (id) ON DELETE CASCADE,
    month_no     INTEGER        NOT NULL,
    amount       NUMERIC(15, 2) NOT NULL,
    PRIMARY KEY (programme_id, month_no)
);

CREATE TABLE planning_goal (
    id            BIGINT        PRIMARY KEY,
    programme_id  BIGINT        NOT NULL REFERENCES planning_programme (id) ON DELETE CASCADE,
    position      INTEGER       NOT NULL,
    kind          VARCHAR(10)   NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    indicator     VARCHAR(1000) NOT NULL,
    comparator    VARCHAR(2),
    target_number NUMERIC(15, 2),
    target_unit   VARCHAR(20),
    target_text   VARCHAR(1000),
    status        VARCHAR(20)   NOT NULL,
    kpi_code      VARCHAR(30)
);

CREATE TABLE planning_plan_line (
    id              BIGINT         PRIMARY KEY,
    programme_id    BIGINT         NOT NULL REFERENCES planning_programme (id) ON DELETE CASCADE,
    position        INTEGER        NOT NULL,
    category        VARCHAR(40)    NOT NULL,
    amount          NUMERIC(15, 2) NOT NULL CHECK (amount >= 0),
    planned_entries INTEGER        CHECK (planned_entries >= 0),
    demo_value      BOOLEAN        NOT NULL,
    note            VARCHAR(500)
);

CREATE TABLE planning_budget_transfer (
    id            BIGINT         PRIMARY KEY,
    programme_id  BIGINT         NOT NULL REFERENCES planning_programme (id) ON DELETE CASCADE,
    position      INTEGER        NOT NULL,
    transfer_date DATE           NOT NULL,
    amount        NUMERIC(15, 2) NOT NULL CHECK (amount >= 0),
    note          VARCHAR(500)
);

CREATE TABLE planning_staff_line (
    id             BIGINT        PRIMARY KEY,
    programme_id   BIGINT        NOT NULL REFERENCES planning_programme (id) ON DELETE CASCADE,
    position       INTEGER       NOT NULL,
    employer       VARCHAR(10)   NOT NULL,
    staff_function VARCHAR(30)   NOT NULL,
    capacity       NUMERIC(9, 2) NOT NULL CHECK (capacity >= 0)
);

CREATE TABLE planning_caseload (
    id             BIGINT        PRIMARY KEY,
    programme_id   BIGINT        NOT NULL REFERENCES planning_programme (id) ON DELETE CASCADE,
    customer_group VARCHAR(20)   NOT NULL,
    customers      INTEGER       NOT NULL CHECK (customers >= 0),
    staff          NUMERIC(9, 2) NOT NULL CHECK (staff >= 0),
    CONSTRAINT planning_caseload_uk UNIQUE (programme_id, customer_group)
);

CREATE TABLE planning_section (
    id           BIGINT       PRIMARY KEY,
    programme_id BIGINT       NOT NULL REFERENCES planning_programme (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    title        VARCHAR(300) NOT NULL,
    content      TEXT
);

CREATE TABLE planning_team (
    id            BIGINT       PRIMARY KEY,
    agency_number VARCHAR(5)   NOT NULL REFERENCES kernel_jobcenter (agency_number),
    name          VARCHAR(200) NOT NULL,
    active        BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT planning_team_name_uk UNIQUE (agency_number, name)
);

CREATE TABLE planning_team_offer (
    id                   BIGINT        PRIMARY KEY,
    agency_number        VARCHAR(5)    NOT NULL REFERENCES kernel_jobcenter (agency_number),
    team_id              BIGINT        NOT NULL REFERENCES planning_team (id),
    plan_year            INTEGER       NOT NULL,
    offered_integrations INTEGER       NOT NULL CHECK (offered_integrations >= 0),
    note                 VARCHAR(1000),
    decision             VARCHAR(20)   NOT NULL,
    agreed_integrations  INTEGER       CHECK (agreed_integrations >= 0),
    decided_by           VARCHAR(60),
    decided_at           TIMESTAMP WITH TIME ZONE,
    version              BIGINT        NOT NULL,
    CONSTRAINT planning_team_offer_uk UNIQUE (team_id, plan_year)
);

CREATE TABLE planning_federal_share (
    share_year INTEGER      PRIMARY KEY,
    percent    NUMERIC(5, 1) NOT NULL CHECK (percent > 0 AND percent <= 100),
    version    BIGINT       NOT NULL
);

CREATE TABLE planning_allocation_share (
    share_year     INTEGER       NOT NULL,
    agency_number  VARCHAR(5)    NOT NULL,
    egl_annex2_pct NUMERIC(9, 4),
    egl_annex3_pct NUMERIC(9, 4),
    vk_annex4_pct  NUMERIC(9, 4),
    vk_annex5_pct  NUMERIC(9, 4),
    PRIMARY KEY (share_year, agency_number)
);
