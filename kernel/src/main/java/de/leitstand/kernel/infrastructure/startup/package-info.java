/**
 * Start-up: migrations of every context in order, the Jobcenter registry, the first users, readiness, and the event that lets contexts load their demo data.
 */
package de.leitstand.kernel.infrastructure.startup;
