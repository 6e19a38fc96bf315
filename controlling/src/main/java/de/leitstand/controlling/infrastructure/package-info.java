/** Controlling's JPA repository, the CSV reader, the schema, the catalogue seed and the demo figures. */
package de.leitstand.controlling.infrastructure;
