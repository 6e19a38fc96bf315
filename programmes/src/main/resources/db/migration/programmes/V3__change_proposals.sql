-- Proposals to change a shared record (funding programme, organisation) that another Jobcenter or
-- ADMIN created; the creator (or ADMIN) accepts or rejects them.
CREATE TABLE programmes_proposal (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    subject             VARCHAR(20)   NOT NULL,
    record_id           BIGINT        NOT NULL,
    record_version      BIGINT        NOT NULL,
    proposed_by_agency  VARCHAR(5)    NOT NULL,
    addressed_to_agency VARCHAR(5),
    content             VARCHAR(20000) NOT NULL,
    summary             VARCHAR(300)  NOT NULL,
    proposed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    decision_reason     VARCHAR(1000),
    decided_at          TIMESTAMP WITH TIME ZONE,
    version             BIGINT        NOT NULL
);
CREATE INDEX programmes_proposal_by ON programmes_proposal (proposed_by_agency);
CREATE INDEX programmes_proposal_to ON programmes_proposal (addressed_to_agency);
