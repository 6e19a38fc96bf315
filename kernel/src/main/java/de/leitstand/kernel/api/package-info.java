/**
 * The kernel's published face: the Jobcenter registry, users and roles, the caller's tenancy,
 * the audit trail, common value types and the error types every context throws.
 * Other contexts and {@code web} use only this package of the kernel.
 */
package de.leitstand.kernel.api;
