/**
 * The kernel's use cases: who the caller is, the tenancy rule, role checks, the identity store,
 * the registry, user administration and the audit trail reader. Transactions and security checks
 * live here.
 */
package de.leitstand.kernel.application;
