-- Issue 11: plausibility warnings of an accepted import, stored with its batch. They never block the import.

CREATE SEQUENCE controlling_import_warning_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE controlling_import_warning (
    id            BIGINT       PRIMARY KEY,
    import_id     BIGINT       NOT NULL REFERENCES controlling_import (id),
    agency_number VARCHAR(5)   NOT NULL,
    series        VARCHAR(20)  NOT NULL,
    ref_month     DATE         NOT NULL,
    gender        VARCHAR(10)  NOT NULL,
    rule          VARCHAR(30)  NOT NULL,
    message       VARCHAR(500) NOT NULL
);
CREATE INDEX controlling_import_warning_import_ix ON controlling_import_warning (import_id);
