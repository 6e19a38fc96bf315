/**
 * The frame around every page: login and logout, the current user, language, password change, error pages and refused view parameters.
 */
package de.leitstand.web.shell;
