-- One row per imported file: what came in, from whom, when. Imports are stored in bulk (COPY on
-- PostgreSQL), so the audit trail records the batch, not each of possibly millions of values.

CREATE SEQUENCE controlling_import_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE controlling_import (
    id           BIGINT       PRIMARY KEY,
    rows_total   INTEGER      NOT NULL,
    jobcenters   VARCHAR(2000) NOT NULL,
    first_month  DATE         NOT NULL,
    last_month   DATE         NOT NULL,
    vintages     VARCHAR(200) NOT NULL,
    inserted     INTEGER      NOT NULL,
    revised      INTEGER      NOT NULL,
    source       VARCHAR(200) NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL
);
