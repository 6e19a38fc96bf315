package de.leitstand.reporting.api;

import java.time.Instant;

/** Views of generated documents. */
public final class ReportingViews {

    private ReportingViews() {
    }

    /** A generated document without its bytes; {@code basis}: what it was generated from, one item per line. */
    public record DocumentView(Long id, String agencyNumber, String kind, String title, String subjectRef, String basis,
                               Instant generatedAt, String generatedBy, String mediaType, String fileName, int size,
                               String sha512) implements java.io.Serializable {
    }

    /** A document's bytes for download. */
    public record DocumentContent(String fileName, String mediaType, byte[] bytes) implements java.io.Serializable {
    }
}
