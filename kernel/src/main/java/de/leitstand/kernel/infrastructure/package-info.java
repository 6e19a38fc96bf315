/**
 * How the kernel meets the outside world: the application data source and its configuration,
 * Flyway migrations of every context, the registry import, the audit listener, JPA repositories.
 */
package de.leitstand.kernel.infrastructure;
