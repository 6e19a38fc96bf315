/**
 * Cluster mode: settings, the view on Payara's data grid for {@code /health}, and the database lock
 * that lets one node at a time do the start-up work. The grid itself (sessions, membership) is
 * Payara Micro's; Leitstand adds no cluster machinery of its own.
 */
package de.leitstand.kernel.infrastructure.cluster;
