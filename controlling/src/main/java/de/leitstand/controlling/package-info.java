/**
 * Controlling context: monthly figures, the § 48a Kennzahlen, target tracking against planning's
 * targets (read through {@code de.leitstand.planning.api}) and Fachaufsicht.
 */
package de.leitstand.controlling;
