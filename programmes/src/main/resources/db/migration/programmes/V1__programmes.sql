-- Programmes: funding programmes, phases, obligations, organisations, pacts with memberships,
-- partners and events, participation per member and year, closures.
-- Written for PostgreSQL 15 and H2 2.2 (MODE=PostgreSQL) alike.

CREATE SEQUENCE programmes_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE programmes_programme (
    id                 BIGINT        PRIMARY KEY,
    name               VARCHAR(300)  NOT NULL,
    short_name         VARCHAR(60),
    funder             VARCHAR(20)   NOT NULL,
    legal_basis        VARCHAR(500),
    administering_body VARCHAR(300),
    target_group       VARCHAR(1000),
    esf_rate_pct       NUMERIC(5, 2),
    own_share_pct      NUMERIC(5, 2),
    co_financing_rules VARCHAR(2000),
    version            BIGINT        NOT NULL
);

CREATE TABLE programmes_phase (
    id               BIGINT         PRIMARY KEY,
    programme_id     BIGINT         NOT NULL REFERENCES programmes_programme (id) ON DELETE CASCADE,
    number           INTEGER        NOT NULL,
    valid_from       DATE           NOT NULL,
    valid_to         DATE           NOT NULL,
    budget           NUMERIC(15, 2),
    rules            VARCHAR(2000),
    pacts_nationwide INTEGER,
    CONSTRAINT programmes_phase_uk UNIQUE (programme_id, number),
    CONSTRAINT programmes_phase_dates_ck CHECK (valid_to >= valid_from)
);

CREATE TABLE programmes_obligation (
    id           BIGINT       PRIMARY KEY,
    programme_id BIGINT       NOT NULL REFERENCES programmes_programme (id) ON DELETE CASCADE,
    title        VARCHAR(300) NOT NULL,
    due_date     DATE         NOT NULL,
    done         BOOLEAN      NOT NULL
);

CREATE TABLE programmes_organisation (
    id       BIGINT       PRIMARY KEY,
    name     VARCHAR(300) NOT NULL,
    org_type VARCHAR(20)  NOT NULL,
    address  VARCHAR(500),
    contact  VARCHAR(500),
    version  BIGINT       NOT NULL
);

CREATE TABLE programmes_pact (
    id                 BIGINT       PRIMARY KEY,
    phase_id           BIGINT       NOT NULL REFERENCES programmes_phase (id),
    name               VARCHAR(300) NOT NULL,
    coordinator_id     BIGINT       REFERENCES programmes_organisation (id),
    coordinator_role   VARCHAR(300),
    lead_agency_number VARCHAR(5)   NOT NULL REFERENCES kernel_jobcenter (agency_number),
    version            BIGINT       NOT NULL
);

CREATE TABLE programmes_membership (
    id            BIGINT     PRIMARY KEY,
    pact_id       BIGINT     NOT NULL REFERENCES programmes_pact (id) ON DELETE CASCADE,
    agency_number VARCHAR(5) NOT NULL REFERENCES kernel_jobcenter (agency_number),
    joined_on     DATE       NOT NULL,
    left_on       DATE,
    CONSTRAINT programmes_membership_dates_ck CHECK (left_on IS NULL OR left_on > joined_on)
);
CREATE INDEX programmes_membership_agency_ix ON programmes_membership (agency_number);

CREATE TABLE programmes_partner (
    id              BIGINT       PRIMARY KEY,
    pact_id         BIGINT       NOT NULL REFERENCES programmes_pact (id) ON DELETE CASCADE,
    organisation_id BIGINT       NOT NULL REFERENCES programmes_organisation (id),
    role            VARCHAR(300),
    CONSTRAINT programmes_partner_uk UNIQUE (pact_id, organisation_id)
);

CREATE TABLE programmes_event (
    id            BIGINT        PRIMARY KEY,
    pact_id       BIGINT        NOT NULL REFERENCES programmes_pact (id) ON DELETE CASCADE,
    event_date    DATE          NOT NULL,
    event_type    VARCHAR(30)   NOT NULL,
    description   VARCHAR(2000),
    agency_number VARCHAR(5)
);

CREATE TABLE programmes_participation (
    id                         BIGINT         PRIMARY KEY,
    agency_number              VARCHAR(5)     NOT NULL REFERENCES kernel_jobcenter (agency_number),
    pact_id                    BIGINT         NOT NULL REFERENCES programmes_pact (id),
    participation_year         INTEGER        NOT NULL,
    budget_granted             NUMERIC(15, 2) CHECK (budget_granted >= 0),
    budget_spent               NUMERIC(15, 2) CHECK (budget_spent >= 0),
    activations_planned        INTEGER        CHECK (activations_planned >= 0),
    activations_actual         INTEGER        CHECK (activations_actual >= 0),
    integrations_planned       INTEGER        CHECK (integrations_planned >= 0),
    integrations_actual        INTEGER        CHECK (integrations_actual >= 0),
    integrations_insured       INTEGER        CHECK (integrations_insured >= 0),
    integrations_permanent     INTEGER        CHECK (integrations_permanent >= 0),
    integrations_self_employed INTEGER        CHECK (integrations_self_employed >= 0),
    marginal_employment        INTEGER        CHECK (marginal_employment >= 0),
    participant_stock          INTEGER        CHECK (participant_stock >= 0),
    demo_value                 BOOLEAN        NOT NULL,
    version                    BIGINT         NOT NULL,
    CONSTRAINT programmes_participation_uk UNIQUE (pact_id, agency_number, participation_year)
);

CREATE TABLE programmes_closure (
    id            BIGINT        PRIMARY KEY,
    agency_number VARCHAR(5)    NOT NULL REFERENCES kernel_jobcenter (agency_number),
    pact_id       BIGINT        NOT NULL REFERENCES programmes_pact (id),
    closed_on     DATE          NOT NULL,
    closed_by     VARCHAR(60)   NOT NULL,
    remark        VARCHAR(2000),
    version       BIGINT        NOT NULL,
    CONSTRAINT programmes_closure_uk UNIQUE (pact_id, agency_number)
);
