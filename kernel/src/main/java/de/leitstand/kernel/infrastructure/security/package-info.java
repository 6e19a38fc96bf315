/**
 * The one Jakarta Security authentication mechanism: HTTP Basic for the API, the login form and its session for the UI.
 */
package de.leitstand.kernel.infrastructure.security;
