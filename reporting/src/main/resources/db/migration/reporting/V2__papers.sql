-- Committee papers (Mitteilungsvorlage, Beschlussvorlage) with their Beratungsfolge, and the issuing body
-- of each Jobcenter's papers (e.g. "Landkreis Rotenburg (Wümme) – Der Landrat") with its numbering scheme.

CREATE TABLE reporting_body (
    agency_number    VARCHAR(5)   PRIMARY KEY REFERENCES kernel_jobcenter (agency_number),
    name             VARCHAR(200) NOT NULL,
    office           VARCHAR(200) NOT NULL,
    electoral_term   VARCHAR(20)  NOT NULL,
    next_number      INTEGER      NOT NULL CHECK (next_number > 0),
    version          BIGINT       NOT NULL
);

CREATE SEQUENCE reporting_paper_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE reporting_paper (
    id                BIGINT        PRIMARY KEY,
    agency_number     VARCHAR(5)    NOT NULL REFERENCES kernel_jobcenter (agency_number),
    paper_type        VARCHAR(30)   NOT NULL,
    reference         VARCHAR(40),
    public_paper      BOOLEAN       NOT NULL,
    paper_date        DATE          NOT NULL,
    title             VARCHAR(500)  NOT NULL,
    facts             VARCHAR(20000) NOT NULL,
    decision_proposal VARCHAR(5000),
    signature_role    VARCHAR(100),
    signature_name    VARCHAR(200)  NOT NULL,
    state             VARCHAR(20)   NOT NULL,
    released_at       TIMESTAMP WITH TIME ZONE,
    document_id       BIGINT        REFERENCES reporting_document (id),
    source_ref        VARCHAR(100),
    version           BIGINT        NOT NULL,
    CONSTRAINT reporting_paper_reference_uk UNIQUE (agency_number, reference)
);

CREATE TABLE reporting_consultation (
    id           BIGINT       PRIMARY KEY,
    paper_id     BIGINT       NOT NULL REFERENCES reporting_paper (id),
    position     INTEGER      NOT NULL,
    meeting_date DATE         NOT NULL,
    committee    VARCHAR(200) NOT NULL,
    role         VARCHAR(100) NOT NULL
);
