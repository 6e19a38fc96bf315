/**
 * The audit trail page.
 */
package de.leitstand.web.audit;
