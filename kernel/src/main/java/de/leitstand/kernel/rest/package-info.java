/**
 * The kernel's REST resources under {@code /api/} (Jobcenters, users, audit trail, the caller) and
 * the exception mappers that turn every refusal of every context into {@code application/problem+json}.
 */
package de.leitstand.kernel.rest;
