/**
 * The rules every persistence unit follows: tenancy classification and guard of every entity, and
 * the audit trail ({@link de.leitstand.kernel.infrastructure.persistence.PersistenceRules}).
 */
package de.leitstand.kernel.infrastructure.persistence;
