/** The controlling pages: the Kennzahlen dashboard with target tracking, the import page, the comparison. */
package de.leitstand.web.controlling;
