/**
 * The web module: the WAR that assembles the contexts, the Faces UI (backing beans per page, which
 * talk only to the contexts' {@code api} services), the JAX-RS application and HTTP security headers.
 */
package de.leitstand.web;
