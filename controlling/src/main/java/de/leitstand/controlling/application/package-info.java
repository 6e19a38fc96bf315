/** Controlling's use cases: import and entry of figures, Kennzahlen, comparisons, target tracking. */
package de.leitstand.controlling.application;
