/**
 * Pages of user administration (ADMIN): list, create and edit users.
 */
package de.leitstand.web.admin;
