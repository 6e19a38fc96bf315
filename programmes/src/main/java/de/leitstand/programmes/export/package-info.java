/**
 * The programmes context's exportable tables: one {@link de.leitstand.kernel.api.export.ExportTable} bean per
 * table, reading through the context's {@code api}; titles and headers in {@code ExportTexts} (German)
 * and {@code ExportTexts_en} next to this package's resources.
 */
package de.leitstand.programmes.export;
