-- A value's source never names a person (who imported or entered it is in the audit trail).
-- Until now the source was "Import <user>" or "Erfassung <user>"; which import batch a value came from
-- was not recorded, so imported values keep "Import" and each batch names itself.
UPDATE controlling_value SET source = 'Import' WHERE source LIKE 'Import %';
UPDATE controlling_value SET source = 'Erfassung' WHERE source LIKE 'Erfassung %';
UPDATE controlling_structure_value SET source = 'Import' WHERE source LIKE 'Import %';
UPDATE controlling_structure_value SET source = 'Erfassung' WHERE source LIKE 'Erfassung %';
UPDATE controlling_import SET source = 'Import (Stapel ' || CAST(id AS VARCHAR(20)) || ')';
