/**
 * The audit trail's writer: an EclipseLink listener that records every insert, update and delete of an audited entity in the same transaction.
 */
package de.leitstand.kernel.infrastructure.audit;
