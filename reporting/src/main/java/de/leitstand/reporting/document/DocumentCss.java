package de.leitstand.reporting.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The shared print style of all documents ({@code templates/document.css}). */
public final class DocumentCss {

    private static final String CSS = load();

    private DocumentCss() {
    }

    public static String css() {
        return CSS;
    }

    private static String load() {
        try (InputStream in = DocumentCss.class.getResourceAsStream("/de/leitstand/reporting/templates/document.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
