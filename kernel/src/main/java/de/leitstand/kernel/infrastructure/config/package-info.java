/**
 * Configuration defaults that depend on other settings (data folder, database URL, data source class, demo mode), as a MicroProfile Config source.
 */
package de.leitstand.kernel.infrastructure.config;
