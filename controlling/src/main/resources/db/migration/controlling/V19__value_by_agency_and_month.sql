-- The month-based pages ask for a Jobcenter's latest and earliest month with figures and for the values of one
-- month on every page load: an index on (agency, month) answers them without reading the Jobcenter's whole history.
CREATE INDEX controlling_value_agency_month_ix ON controlling_value (agency_number, ref_month);
