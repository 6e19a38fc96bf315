package de.leitstand.kernel.infrastructure.config;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Defaults that depend on other settings, so they cannot be plain properties: the embedded H2
 * file below {@code LEITSTAND_DATA_DIR}, the data source class that fits {@code LEITSTAND_DB_URL},
 * and demo mode (on with the embedded database, off with PostgreSQL unless asked for).
 * Ordinal 90: below {@code microprofile-config.properties} (100), environment (300) and system
 * properties (400), so anything set explicitly wins.
 */
public class LeitstandConfigSource implements ConfigSource {

    public static final String DATA_DIR = "leitstand.data.dir";
    public static final String DB_URL = "leitstand.db.url";
    public static final String DB_CLASS = "leitstand.db.datasource-class";
    public static final String DEMO = "leitstand.demo";

    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        for (String name : getPropertyNames()) {
            properties.put(name, getValue(name));
        }
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(DATA_DIR, DB_URL, DB_CLASS, DEMO);
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case DATA_DIR -> dataDir().toString();
            case DB_URL -> embeddedUrl();
            case DB_CLASS -> dataSourceClass(explicit(DB_URL));
            case DEMO -> Boolean.toString(explicit(DB_URL) == null || explicit(DB_URL).startsWith("jdbc:h2:"));
            default -> null;
        };
    }

    @Override
    public int getOrdinal() {
        return 90;
    }

    @Override
    public String getName() {
        return "leitstand-derived-defaults";
    }

    /** @return the JDBC URL of the embedded database in the data folder */
    static String embeddedUrl() {
        return "jdbc:h2:file:" + dataDir().resolve("leitstand").toString().replace('\\', '/') + H2_OPTIONS;
    }

    /** @return the data source class for a JDBC URL; H2's when none is configured */
    static String dataSourceClass(String url) {
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.ds.PGSimpleDataSource";
        }
        return "org.h2.jdbcx.JdbcDataSource";
    }

    private static Path dataDir() {
        String configured = explicit(DATA_DIR);
        return Path.of(configured == null || configured.isBlank() ? "leitstand-data" : configured)
                .toAbsolutePath().normalize();
    }

    /** Reads a setting the way MP Config would from system properties and the environment. */
    private static String explicit(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(property.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? null : value.trim();
    }
}
