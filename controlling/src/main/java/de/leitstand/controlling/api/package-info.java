/**
 * Controlling's published face: importing and entering monthly figures, the § 48a Kennzahlen with
 * their numerators and denominators, comparisons across Jobcenters and the tracking of the planned
 * targets. Reporting reads these views.
 */
package de.leitstand.controlling.api;
