-- Issue 11: a Kennzahl can have several definitions, each valid for a range of reference months and
-- named with the version of the ordinance that defines it. The catalogue moves from one row per code
-- (controlling_kpi) to one row per version; existing rows are carried over and corrected:
--  * K2E3 divides by the integrations into insured employment (INT_SVB, § 5 (2) Nr. 3 VO), not by all
--    integrations (INT), and applies from reference month 2019-01 (version of 15.03.2019);
--  * before 2019 K2E3 is "Nachhaltigkeit der Integrationen" (NACH_INT / INT_SVB, twelve months back,
--    version of 2010/2011);
--  * the K3 family carries its 2011 names ("Langzeitleistungsbezieher") up to 2018-12.
-- The application adds any version still missing at start-up (KpiCatalogue.DEFINITIONS).

CREATE TABLE controlling_kpi_definition (
    id               VARCHAR(20)  PRIMARY KEY,
    code             VARCHAR(10)  NOT NULL,
    name             VARCHAR(300) NOT NULL,
    formula_type     VARCHAR(30)  NOT NULL,
    numerator        VARCHAR(20)  NOT NULL,
    denominator      VARCHAR(20)  NOT NULL,
    denominator_lag  INTEGER      NOT NULL,
    extra_lag        INTEGER      NOT NULL,
    target_dimension INTEGER      NOT NULL,
    key_indicator    BOOLEAN      NOT NULL,
    higher_is_better BOOLEAN      NOT NULL,
    valid_from       DATE,
    valid_to         DATE,
    source           VARCHAR(300) NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT controlling_kpi_definition_period CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX controlling_kpi_definition_code_ix ON controlling_kpi_definition (code);

-- Carry the rows over (keeping any adjusted lags); K2E3 and the K3 family get their 2019 validity.
INSERT INTO controlling_kpi_definition (id, code, name, formula_type, numerator, denominator, denominator_lag, extra_lag,
        target_dimension, key_indicator, higher_is_better, valid_from, valid_to, source, version)
SELECT CASE WHEN code = 'K2E3' OR code LIKE 'K3%' THEN code || '@2019-01' ELSE code || '@' END,
       code, name, formula_type, numerator,
       CASE WHEN code = 'K2E3' THEN 'INT_SVB' ELSE denominator END,
       denominator_lag, extra_lag, target_dimension, key_indicator, higher_is_better,
       CASE WHEN code = 'K2E3' OR code LIKE 'K3%' THEN DATE '2019-01-01' ELSE valid_from END, valid_to,
       CASE WHEN code = 'K2E3' OR code LIKE 'K3%'
            THEN 'SGB2§48aFKV, geändert durch Art. 1 V v. 15.03.2019 (BGBl. I S. 339), in Kraft seit 22.03.2019'
            ELSE 'SGB2§48aFKV vom 12.08.2010 (BGBl. I S. 1152); in den Fassungen von 2011 und 2019 gleich' END,
       version + 1
FROM controlling_kpi;

-- The 2011 versions, for installations that had the catalogue already.
INSERT INTO controlling_kpi_definition (id, code, name, formula_type, numerator, denominator, denominator_lag, extra_lag,
        target_dimension, key_indicator, higher_is_better, valid_from, valid_to, source, version)
SELECT code || '@', code,
       CASE WHEN code = 'K2E3' THEN 'Nachhaltigkeit der Integrationen'
            ELSE REPLACE(name, 'Langzeitleistungsbeziehenden', CASE WHEN code = 'K3' THEN 'Langzeitleistungsbeziehern' ELSE 'Langzeitleistungsbezieher' END) END,
       formula_type,
       CASE WHEN code = 'K2E3' THEN 'NACH_INT' ELSE numerator END,
       CASE WHEN code = 'K2E3' THEN 'INT_SVB' ELSE denominator END,
       denominator_lag,
       CASE WHEN code = 'K2E3' THEN 12 ELSE extra_lag END,
       target_dimension, key_indicator, higher_is_better, NULL, DATE '2018-12-31',
       'SGB2§48aFKV vom 12.08.2010 (BGBl. I S. 1152), geändert durch Art. 10 G v. 24.03.2011 (BGBl. I S. 453)', 0
FROM controlling_kpi WHERE code = 'K2E3' OR code LIKE 'K3%';

DROP TABLE controlling_kpi;
