package de.leitstand.kernel.api;

/**
 * Fired once at start-up after every schema is migrated, the registry is loaded and the users
 * exist. Contexts observe it to load their demo data; observers run as the system.
 *
 * @param demo whether demo mode is on (see the README's configuration)
 */
public record ApplicationStarted(boolean demo) implements java.io.Serializable {
}
