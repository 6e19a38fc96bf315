package de.leitstand.planning.application;

import de.leitstand.planning.api.DocumentPlaceholders;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Placeholders in chapter texts: unknown names are found with where they stand; the demo texts use known ones only. */
class DocumentPlaceholdersTest {

    @Test
    void unknownPlaceholdersAreNamedWithTheirPosition() {
        List<DocumentPlaceholders.Unknown> unknown = DocumentPlaceholders.unknown(
                "<h3>2.1 Angebot</h3><p>Im Jahr {{jahr}} sank die Zahl um {{veraenderung.elb.vorjar}} Prozent.</p><p>{{ gibt_es_nicht }}</p>");
        assertEquals(List.of(new DocumentPlaceholders.Unknown("veraenderung.elb.vorjar", 2, 35),
                new DocumentPlaceholders.Unknown("gibt_es_nicht", 3, 1)), unknown);
        assertEquals("Unbekannter Platzhalter {{veraenderung.elb.vorjar}} im Kapitel „Angebot“, Absatz 2, Zeichen 35.",
                unknown.get(0).describe("Angebot"));
        assertTrue(DocumentPlaceholders.unknown("<p>Ziel: {{ziel.integrationen}} Integrationen, {{abbildung.elb_bg}}</p>").isEmpty());
        assertTrue(DocumentPlaceholders.unknown(null).isEmpty());
    }

    @Test
    void placeholdersSurviveTheHtmlFilter() {
        String clean = RichText.sanitize("<p>Im Jahr {{jahr}} und {{gibt.es.nicht}}</p>");
        assertEquals(List.of(new DocumentPlaceholders.Unknown("gibt.es.nicht", 1, 22)), DocumentPlaceholders.unknown(clean), clean);
    }

    @Test
    void theDemoTextsUseKnownPlaceholdersOnly() throws IOException {
        for (String part : List.of("01", "k1", "k2", "k3", "k4", "02", "03", "04", "05")) {
            try (InputStream in = getClass().getResourceAsStream("/de/leitstand/planning/demo/elbe-elster-2020-" + part + ".html")) {
                String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(List.of(), DocumentPlaceholders.unknown(html), part);
                assertEquals(List.of(), DocumentPlaceholders.unknown(RichText.sanitize(html)), part + " nach dem HTML-Filter");
            }
        }
    }
}
