-- Planning: the planning round of the target agreement cascade (§ 48b SGB II): per Jobcenter and year
-- the planning basis its supervising level published, the offers, renegotiations and the agreement.

CREATE SEQUENCE planning_agreement_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE planning_agreement_step_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE planning_target_agreement (
    id                       BIGINT        PRIMARY KEY,
    agency_number            VARCHAR(5)    NOT NULL REFERENCES kernel_jobcenter (agency_number),
    plan_year                INTEGER       NOT NULL,
    level_key                VARCHAR(60)   NOT NULL,
    status                   VARCHAR(30)   NOT NULL,
    deadline                 DATE          NOT NULL,
    basis_note               VARCHAR(2000),
    ref_rate_low             NUMERIC(5, 1),
    ref_rate_high            NUMERIC(5, 1),
    ref_rate_women_low       NUMERIC(5, 1),
    ref_rate_women_high      NUMERIC(5, 1),
    ref_rate_men_low         NUMERIC(5, 1),
    ref_rate_men_high        NUMERIC(5, 1),
    ref_lzb_low              NUMERIC(5, 1),
    ref_lzb_high             NUMERIC(5, 1),
    offer_integrations       INTEGER       CHECK (offer_integrations >= 0),
    offer_average_elb        INTEGER       CHECK (offer_average_elb >= 0),
    offer_rate               NUMERIC(5, 1),
    offer_rate_women         NUMERIC(5, 1),
    offer_rate_men           NUMERIC(5, 1),
    offer_lzb_change_pct     NUMERIC(5, 1),
    offer_round              INTEGER       NOT NULL,
    offered_at               TIMESTAMP WITH TIME ZONE,
    concluded_on             DATE,
    parties                  VARCHAR(1000),
    programme_id             BIGINT,
    programme_version_number INTEGER,
    version                  BIGINT        NOT NULL,
    CONSTRAINT planning_target_agreement_uk UNIQUE (agency_number, plan_year),
    CONSTRAINT planning_target_agreement_status_ck CHECK (status IN
        ('BASIS_PUBLISHED', 'OFFER_SUBMITTED', 'RENEGOTIATION_REQUESTED', 'ACCEPTED', 'AGREED'))
);

CREATE INDEX planning_target_agreement_level_ix ON planning_target_agreement (level_key, plan_year);

CREATE TABLE planning_agreement_step (
    id                     BIGINT        PRIMARY KEY,
    agreement_id           BIGINT        NOT NULL REFERENCES planning_target_agreement (id) ON DELETE CASCADE,
    position               INTEGER       NOT NULL,
    kind                   VARCHAR(20)   NOT NULL,
    actor                  VARCHAR(60)   NOT NULL,
    occurred_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    integrations           INTEGER,
    average_elb            INTEGER,
    integration_rate       NUMERIC(5, 1),
    integration_rate_women NUMERIC(5, 1),
    integration_rate_men   NUMERIC(5, 1),
    lzb_change_pct         NUMERIC(5, 1),
    reason                 VARCHAR(2000),
    CONSTRAINT planning_agreement_step_uk UNIQUE (agreement_id, position)
);
