/** The programme pages: programmes and pacts overview, programme editor, pact page with participation and closure. */
package de.leitstand.web.programmes;
