/**
 * The export SPI: a context makes one of its lists downloadable (CSV for German Excel, CSV per RFC 4180,
 * XLSX) by adding one CDI bean that implements {@link de.leitstand.kernel.api.export.ExportTable}, with its
 * title and column headers in the context's {@code ExportTexts} bundle (German and English). Reporting
 * discovers every such bean, refuses duplicate names at start and only renders the files.
 */
package de.leitstand.kernel.api.export;
