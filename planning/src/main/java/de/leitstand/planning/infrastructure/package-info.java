/** Planning's JPA repository, schema, the EinglMV share importer and the demo data. */
package de.leitstand.planning.infrastructure;
