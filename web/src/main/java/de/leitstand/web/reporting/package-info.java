/**
 * Pages of reporting: programme and controlling documents, committee papers, and the download of generated documents.
 */
package de.leitstand.web.reporting;
