/**
 * Reporting's published face: generated documents (programme document, committee papers) and the
 * OParl view of released public papers. The web module uses these.
 */
package de.leitstand.reporting.api;
