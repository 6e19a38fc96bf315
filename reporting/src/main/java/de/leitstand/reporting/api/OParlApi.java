package de.leitstand.reporting.api;

import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The read-only OParl 1.1 interface of the released public committee papers: system, bodies, organizations, people,
 * meetings, agenda items, papers, consultations, files, legislative terms. Needs no login and shows nothing else.
 * Ids are built from the configured public URL ({@code LEITSTAND_PUBLIC_URL}), never from the request.
 */
public interface OParlApi {

    /**
     * An answer: 200 with an object or a list page, 400 or 404 with OParl's error object ({@code type}, {@code message},
     * {@code debug}).
     *
     * @param lastModified when the object or any element of the list last changed; null for errors
     */
    record Reply(int status, JsonObject json, Instant lastModified) implements java.io.Serializable {
    }

    /**
     * @param path       the path below the OParl root, e.g. {@code system}, {@code body/26706/papers}, {@code paper/51};
     *                   anything but the canonical form of an id is not found
     * @param parameters the query parameters of a list: {@code created_since}, {@code created_until}, {@code modified_since},
     *                   {@code modified_until}, {@code omit_internal}, {@code limit}, {@code page}
     */
    Reply get(String path, Map<String, String> parameters);

    /** The PDF of a public paper that has not been withdrawn. */
    Optional<ReportingViews.DocumentContent> download(long fileId);
}
