/**
 * Pages of the Jobcenter registry: the list and one Jobcenter's profile.
 */
package de.leitstand.web.registry;
