/** Planning's REST resources under {@code /api/planning}. */
package de.leitstand.planning.rest;
