package de.leitstand.reporting.application;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The OParl objects of one body as they are published, in the order they were added. */
final class OParlEntries {

    private final List<OParlEntry> entries = new ArrayList<>();

    /** Adds an entry; a deleted one keeps only its id, type, dates and the fields its schema requires. */
    void add(String list, JsonObject json, OParlDated d, String... required) {
        JsonObject published = json;
        if (d.deleted()) {
            JsonObjectBuilder stub = de.leitstand.kernel.api.Jsons.object();
            for (String field : List.of("id", "type", "created", "modified", "deleted")) {
                stub.add(field, json.get(field));
            }
            for (String field : required) {
                if (json.containsKey(field)) {
                    stub.add(field, json.get(field));
                }
            }
            published = stub.build();
        }
        entries.add(new OParlEntry(list, json.getString("id"), d.created(), d.modified(), d.deleted(), published));
    }

    /** The entries of one of the body's lists (path name, e.g. {@code papers}). */
    List<OParlEntry> list(String path) {
        return entries.stream().filter(e -> e.list().equals(path)).toList();
    }

    Optional<OParlEntry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** @return the last modification of any entry, {@code otherwise} when there is none */
    Instant lastModified(Instant otherwise) {
        return entries.stream().map(OParlEntry::modified).max(Comparator.naturalOrder()).orElse(otherwise);
    }

    /** @return the items grouped by the object they make, in the order each object is first met */
    static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        items.forEach(i -> groups.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i));
        return groups;
    }
}
