/** Programmes' JPA repository, schema and demo data. */
package de.leitstand.programmes.infrastructure;
