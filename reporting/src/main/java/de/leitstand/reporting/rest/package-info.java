/** REST resources under {@code /api/reporting}. */
package de.leitstand.reporting.rest;
