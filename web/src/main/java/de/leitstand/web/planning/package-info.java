/** The planning pages: programme list, the programme editor with its tabs, team offers, version comparison. */
package de.leitstand.web.planning;
