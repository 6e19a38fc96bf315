/** Reporting's use cases: rendering documents from the other contexts' api views, the paper workflow, OParl. */
package de.leitstand.reporting.application;
