/** Controlling's REST resources under {@code /api/controlling}. */
package de.leitstand.controlling.rest;
