/**
 * Persistence building blocks every context's entities share: the tenant-owned base class that
 * enforces tenancy on every load and write, the {@link de.leitstand.kernel.api.persistence.Audited}
 * marker for the audit trail, and converters for {@code java.time} types JPA lacks.
 * A context's {@code persistence.xml} lists the classes of this package it uses.
 */
package de.leitstand.kernel.api.persistence;
