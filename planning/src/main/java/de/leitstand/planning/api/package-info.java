/**
 * Planning's published face: the programme (Arbeitsmarkt- und Integrationsprogramm) with its versions,
 * targets, budget, staff and chapters; team offers; allocation estimates. Controlling and reporting
 * read targets and budgets only through these types.
 */
package de.leitstand.planning.api;
