/**
 * Reporting context: programme documents, committee papers with OParl, controlling reports and
 * exports, built only from the {@code api} packages of planning, controlling and programmes.
 */
package de.leitstand.reporting;
