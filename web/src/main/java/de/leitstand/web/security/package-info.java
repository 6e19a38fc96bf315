/**
 * Security headers of every response (content security policy, content types, framing, referrer, permissions, caching).
 */
package de.leitstand.web.security;
