package de.leitstand.kernel.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. {@code jakarta.json.Json.createObjectBuilder()} and its
 * siblings look the provider up with a {@code ServiceLoader} on every call, which scans every JAR of the
 * application's class loader: measured with JFR, that lookup was half of the start-up's demo data (one
 * audit entry per written row) and a good part of every dashboard page. Use {@link #PROVIDER} (or the
 * shortcuts) instead of {@code Json.create…}.
 */
public final class Jsons {

    /** Looked up once; JSON-P providers are thread-safe. */
    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }
}
