/**
 * Programmes context: funding programmes, employment pacts, partners, participation and closure.
 * Depends on the kernel only.
 */
package de.leitstand.programmes;
