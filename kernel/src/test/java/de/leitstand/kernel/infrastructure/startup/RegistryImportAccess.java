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

    /** A registry row. */
    public record Entry(String name, de.leitstand.kernel.domain.JobcenterType type) {
    }
}
