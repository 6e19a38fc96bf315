/** JPA repositories and the reporting schema. */
package de.leitstand.reporting.infrastructure;
