package de.leitstand.reporting.application;

import de.leitstand.reporting.api.OParlApi.Reply;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * An external list as OParl 1.1 pages it: the filters {@code created_since}, {@code created_until},
 * {@code modified_since}, {@code modified_until} (deleted objects only with {@code modified_since}), {@code omit_internal}
 * (embedded objects left out), {@code limit} (elements per page, 1–100, default 20), {@code page}; every link keeps the
 * filters; elements are in a stable order (created, then id).
 */
final class OParlPages {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    private static final List<String> FILTERS = List.of("created_since", "created_until", "modified_since", "modified_until", "omit_internal", "limit");
    private static final Set<String> INTERNAL = Set.of("consultation", "mainFile", "auxiliaryFile", "agendaItem");

    private OParlPages() {
    }

    static Reply page(String url, List<OParlEntry> entries, Map<String, String> parameters) {
        Predicate<OParlEntry> filter;
        int limit;
        int page;
        try {
            filter = filter(parameters);
            limit = number(parameters, "limit", DEFAULT_LIMIT, MAX_LIMIT);
            page = number(parameters, "page", 1, Integer.MAX_VALUE);
        } catch (IllegalArgumentException e) {
            return OParlService.error(400, "Ungültiger Parameter.", e.getMessage());
        }
        List<OParlEntry> matching = entries.stream().filter(filter)
                .sorted(Comparator.comparing(OParlEntry::created).thenComparing(OParlEntry::id)).toList();
        int totalPages = Math.max(1, (matching.size() + limit - 1) / limit);
        if (page > totalPages) {
            return OParlService.error(404, "Diese Seite der Liste gibt es nicht.", "page=" + page + ", totalPages=" + totalPages);
        }
        boolean omitInternal = parameters.containsKey("omit_internal");
        JsonArrayBuilder data = de.leitstand.kernel.api.Jsons.array();
        matching.subList((page - 1) * limit, Math.min(matching.size(), page * limit)).forEach(e -> data.add(omitInternal ? omit(e.json()) : e.json()));
        Map<String, String> kept = new LinkedHashMap<>();
        FILTERS.stream().filter(parameters::containsKey).forEach(f -> kept.put(f, parameters.get(f)));
        JsonObjectBuilder links = de.leitstand.kernel.api.Jsons.object().add("first", link(url, kept, 1)).add("last", link(url, kept, totalPages))
                .add("self", link(url, kept, page));
        if (page > 1) {
            links.add("prev", link(url, kept, page - 1));
        }
        if (page < totalPages) {
            links.add("next", link(url, kept, page + 1));
        }
        JsonObject list = de.leitstand.kernel.api.Jsons.object().add("data", data)
                .add("pagination", de.leitstand.kernel.api.Jsons.object().add("totalElements", matching.size()).add("elementsPerPage", limit)
                        .add("currentPage", page).add("totalPages", totalPages))
                .add("links", links).build();
        Instant modified = entries.stream().map(OParlEntry::modified).max(Comparator.naturalOrder()).orElse(null);
        return new Reply(200, list, modified);
    }

    private static Predicate<OParlEntry> filter(Map<String, String> parameters) {
        Instant createdSince = instant(parameters, "created_since");
        Instant createdUntil = instant(parameters, "created_until");
        Instant modifiedSince = instant(parameters, "modified_since");
        Instant modifiedUntil = instant(parameters, "modified_until");
        return e -> (modifiedSince != null || !e.deleted())
                && (createdSince == null || !e.created().isBefore(createdSince))
                && (createdUntil == null || !e.created().isAfter(createdUntil))
                && (modifiedSince == null || !e.modified().isBefore(modifiedSince))
                && (modifiedUntil == null || !e.modified().isAfter(modifiedUntil));
    }

    private static Instant instant(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null) {
            return null;
        }
        try {
            // a "+" sent unencoded arrives as a space
            return OffsetDateTime.parse(value.replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " ist kein Zeitpunkt nach ISO 8601 mit Zeitzone (z. B. 2016-03-01T00:00:00+01:00): " + value);
        }
    }

    private static int number(Map<String, String> parameters, String name, int fallback, int max) {
        String value = parameters.get(name);
        if (value == null) {
            return fallback;
        }
        if (!value.matches("[1-9][0-9]{0,8}") || Integer.parseInt(value) > max) {
            throw new IllegalArgumentException(name + " muss eine ganze Zahl von 1 bis " + max + " sein: " + value);
        }
        return Integer.parseInt(value);
    }

    private static JsonObject omit(JsonObject object) {
        JsonObjectBuilder copy = de.leitstand.kernel.api.Jsons.object();
        object.forEach((key, value) -> {
            if (!INTERNAL.contains(key)) {
                copy.add(key, value);
            }
        });
        return copy.build();
    }

    private static String link(String url, Map<String, String> kept, int page) {
        String query = kept.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return url + "?" + (query.isEmpty() ? "" : query + "&") + "page=" + page;
    }
}
