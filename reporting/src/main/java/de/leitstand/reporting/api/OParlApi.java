package de.leitstand.reporting.api;

import jakarta.json.JsonObject;

import java.util.Optional;

/**
 * The read-only OParl 1.1 interface of the released public committee papers: system, bodies,
 * organizations, meetings, papers, consultations, files. Needs no login and shows nothing else.
 */
public interface OParlApi {

    /**
     * @param base the absolute URL of the OParl root, ending with {@code /oparl/v1.1/}
     * @param path the path below the root, e.g. {@code system}, {@code body/26706/papers}, {@code paper/51}
     * @return the object or list, or empty when there is none (404)
     */
    Optional<JsonObject> get(String base, String path);

    /** A public paper's PDF. */
    Optional<ReportingViews.DocumentContent> download(long fileId);
}
