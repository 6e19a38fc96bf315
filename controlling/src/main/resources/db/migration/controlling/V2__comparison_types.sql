-- Vergleichstypen (§ 2 Abs. 3 der Verordnung zu § 48a SGB II): peer groups maintained as data,
-- with a time-dependent assignment of each Jobcenter (at most one type at a time).

CREATE TABLE controlling_comparison_type (
    code       VARCHAR(10)  PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    valid_from DATE         NOT NULL,
    valid_to   DATE,
    version    BIGINT       NOT NULL,
    CONSTRAINT controlling_comparison_type_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

CREATE SEQUENCE controlling_comparison_member_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE controlling_comparison_member (
    id            BIGINT      PRIMARY KEY,
    type_code     VARCHAR(10) NOT NULL REFERENCES controlling_comparison_type (code),
    agency_number VARCHAR(5)  NOT NULL REFERENCES kernel_jobcenter (agency_number),
    valid_from    DATE        NOT NULL,
    valid_to      DATE,
    version       BIGINT      NOT NULL,
    CONSTRAINT controlling_comparison_member_period CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT controlling_comparison_member_uk UNIQUE (agency_number, valid_from)
);
CREATE INDEX controlling_comparison_member_type_ix ON controlling_comparison_member (type_code);
