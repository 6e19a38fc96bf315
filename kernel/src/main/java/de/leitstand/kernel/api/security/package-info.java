/**
 * Who the caller is, what roles allow and which Jobcenter's data the caller may touch.
 */
package de.leitstand.kernel.api.security;
