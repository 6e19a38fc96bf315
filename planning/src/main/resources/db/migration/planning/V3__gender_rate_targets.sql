-- The Zielvereinbarung sets the Integrationsquote (K2) for women and men as well as in total (issue 11).
ALTER TABLE planning_programme ADD COLUMN integration_rate_women NUMERIC(5, 1);
ALTER TABLE planning_programme ADD COLUMN integration_rate_men NUMERIC(5, 1);
