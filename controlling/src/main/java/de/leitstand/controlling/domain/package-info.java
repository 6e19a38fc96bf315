/**
 * The controlling model: monthly basis figures with their data vintages, the catalogue of § 48a
 * Kennzahlen and the calculations the ordinance defines (year-on-year ratios, rolling twelve-month
 * quotas, averages of monthly rates, stock shares), the year-to-date values and target attainment.
 */
package de.leitstand.controlling.domain;
