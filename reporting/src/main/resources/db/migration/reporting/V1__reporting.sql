-- Reporting: every generated document with what it was generated from (traceability) and its bytes.

CREATE SEQUENCE reporting_document_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE reporting_document (
    id            BIGINT        PRIMARY KEY,
    agency_number VARCHAR(5)    NOT NULL REFERENCES kernel_jobcenter (agency_number),
    kind          VARCHAR(30)   NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    subject_ref   VARCHAR(100)  NOT NULL,
    basis         VARCHAR(4000) NOT NULL,
    generated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    generated_by  VARCHAR(60)   NOT NULL,
    media_type    VARCHAR(100)  NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    byte_size     INTEGER       NOT NULL,
    sha512        VARCHAR(128)  NOT NULL,
    content       BYTEA         NOT NULL,
    version       BIGINT        NOT NULL
);
CREATE INDEX reporting_document_ix ON reporting_document (agency_number, generated_at);
