/**
 * The planning model: the yearly programme (Arbeitsmarkt- und Integrationsprogramm) with its
 * versions, targets, budget and staff, the teams' bottom-up offers, and the calculations the
 * seed documents show (budget differences, municipal share, implied averages, target paths).
 */
package de.leitstand.planning.domain;
