/**
 * Planning context: the yearly Arbeitsmarkt- und Integrationsprogramm of a Jobcenter — targets
 * (§ 48a SGB II goals, local and municipal goals), budgets, staff capacity and versions.
 * Depends on the kernel only; controlling and reporting read it through {@code de.leitstand.planning.api}.
 */
package de.leitstand.planning;
