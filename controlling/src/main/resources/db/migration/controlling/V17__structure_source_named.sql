-- The structure figures loaded in demo mode from the Arbeitsmarkt- und Integrationsprogramm 2020 of the
-- Jobcenter Elbe-Elster named their source with an internal label; readers of the programme document and
-- of the Datenstand lines see the document's name and date instead.
UPDATE controlling_structure_value SET source = 'Arbeitsmarkt- und Integrationsprogramm 2020, Stand 14.11.2019'
 WHERE source = 'Programm 2020 (Seed 002)';
