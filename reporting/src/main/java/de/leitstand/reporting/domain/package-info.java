/** Generated documents, committee papers with their Beratungsfolge and issuing body. */
package de.leitstand.reporting.domain;
