package de.leitstand.kernel.infrastructure.startup;

import java.util.Map;

/** Test access to the package-private registry reader. */
public final class RegistryImportAccess {

    private RegistryImportAccess() {
    }

    public static Map<String, Entry> read() {
        Map<String, Entry> result = new java.util.LinkedHashMap<>();
        RegistryImport.read().forEach((key, value) -> result.put(key, new Entry(value.name(), value.type())));
        return result;
    }

    /** @return the levels file's rows: agency number → name, Land, Regionaldirektion */
    public static Map<String, Level> readLevels() {
        Map<String, Level> result = new java.util.LinkedHashMap<>();
        RegistryImport.readLevels().forEach((key, value) -> result.put(key,
                new Level(value.name(), value.land(), value.regionaldirektion())));
        return result;
    }

    /** A row of the levels file. */
    public record Level(String name, de.leitstand.kernel.api.Land land, de.leitstand.kernel.api.Regionaldirektion regionaldirektion) {
    }

    /** A registry row. */
    public record Entry(String name, de.leitstand.kernel.domain.JobcenterType type) {
    }
}
