/** Programmes' REST resources under {@code /api/programmes}. */
package de.leitstand.programmes.rest;
