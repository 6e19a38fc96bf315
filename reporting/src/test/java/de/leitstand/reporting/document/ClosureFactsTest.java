package de.leitstand.reporting.document;

import de.leitstand.programmes.api.ProgrammeViews;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Sachverhalt drafted from Rotenburg's pact closure, compared sentence by sentence with the Mitteilungsvorlage
 * 2011-16/1287 des Landkreises Rotenburg (Wümme): every drafted sentence is either the document's own sentence or
 * one of the listed, deliberate differences; the document's sentences the data cannot state are the author's to add.
 */
class ClosureFactsTest {

    /** The document's sentence → the drafted one, where the data state less (or more exactly) than the author wrote. */
    private static final Map<String, String> DIFFERENCES = new LinkedHashMap<>();

    static {
        DIFFERENCES.put("Der Landkreis Rotenburg (Wümme) hat in der Zeit vom 01.01.2011 bis zum 31.12.2015 am Bundesprogramm „Perspektive 50 Plus“"
                        + " teilgenommen, das die Förderung von Leistungsberechtigten im SGB II zum Ziel hatte, die das 50. Lebensjahr vollendet hatten"
                        + " oder älter waren.",
                // "oder älter waren" adds nothing to "vollendet hatten"
                "Der Landkreis Rotenburg (Wümme) hat in der Zeit vom 01.01.2011 bis zum 31.12.2015 am Bundesprogramm „Perspektive 50 Plus“"
                        + " teilgenommen, das die Förderung von Leistungsberechtigten im SGB II zum Ziel hatte, die das 50. Lebensjahr vollendet hatten.");
        DIFFERENCES.put("Im Beschäftigungspakt „Reife Leistung! Süderelbe packt an“ bestand zum Zeitpunkt des Beitritts des Landkreises Rotenburg (Wümme)"
                        + " ein verbindliches gemeinsames Konzept zur Förderung der Zielgruppe, das auch vom Jobcenter Rotenburg umgesetzt worden ist.",
                // the pact's name as registered; the data know that there was a common concept, not how binding it was
                "Im Beschäftigungspakt „Reife Leistung! Süderelbe packt an.“ bestand zum Zeitpunkt des Beitritts des Landkreises Rotenburg (Wümme)"
                        + " ein gemeinsames Konzept zur Förderung der Zielgruppe.");
        DIFFERENCES.put("Der Beschäftigungspakt hat sich daraufhin auf Initiative des Jobcenters Rotenburg zum 01.01.2014 neue Strukturen gegeben"
                        + " und jobcenterbezogene Einzelkonzepte zugelassen, die regionale Bedürfnisse berücksichtigen und den Leistungsbeziehern"
                        + " eine passgenauere Unterstützung ermöglichen.",
                // the Jobcenter's registered name; what the single concepts achieve is the author's to say
                "Der Beschäftigungspakt hat sich daraufhin auf Initiative des Jobcenters Rotenburg (Wümme) zum 01.01.2014 neue Strukturen gegeben"
                        + " und jobcenterbezogene Einzelkonzepte zugelassen.");
        DIFFERENCES.put("In den 5 Jahren der Programmteilnahme konnten vom Jobcenter Rotenburg insgesamt beinahe 750 Integrationen aus dieser"
                        + " schwierigen Zielgruppe erreicht werden.",
                // the exact figure instead of the rounded one; judging the target group is the author's
                "In den 5 Jahren der Programmteilnahme konnten vom Jobcenter Rotenburg (Wümme) insgesamt 748 Integrationen aus dieser"
                        + " Zielgruppe erreicht werden.");
    }

    /** Sentences of the document that only its author can write: why the concept changed and what became of the coordination. */
    private static final List<String> AUTHORS_OWN = List.of(
            "Nachdem zunächst gute Erfolge erzielt worden waren, hat sich dieses gemeinsame Konzept für den Landkreis Rotenburg allerdings"
                    + " nicht mehr als die geeignetste Vorgehensweise erwiesen.",
            "Der zuvor von der Süderelbe AG wahrgenommene Aufgabenbereich wurde zugleich voll in die Verantwortung der dem Beschäftigungspakt"
                    + " angehörenden Jobcenter überführt.");

    static ProgrammeViews.ClosureSummary rotenburg() {
        ProgrammeViews.Totals totals = new ProgrammeViews.Totals(BigDecimal.ZERO, BigDecimal.ZERO, 2175, 748, 636, 0, 0, 0, BigDecimal.ZERO);
        ProgrammeViews.EventView change = new ProgrammeViews.EventView(1, LocalDate.of(2014, 1, 1), "EINZELKONZEPTE",
                "Wechsel zu jobcenterbezogenen Einzelkonzepten", "Auf Initiative des Jobcenters Rotenburg neue Strukturen …", "26706", "Rotenburg (Wümme)");
        return new ProgrammeViews.ClosureSummary(1, "26706", "Rotenburg (Wümme)", "Perspektive 50plus – Beschäftigungspakte für Ältere in den Regionen",
                "Perspektive 50 Plus", "Leistungsberechtigte im SGB II, die das 50. Lebensjahr vollendet haben", 3, LocalDate.of(2011, 1, 1),
                LocalDate.of(2015, 12, 31), 76, "Reife Leistung! Süderelbe packt an.", List.of("Harburg", "Lüchow-Dannenberg", "Lüneburg", "Stade", "Uelzen"),
                List.of(), "Süderelbe AG", "Organisatorischer Rahmen, Koordination der Paktangelegenheiten und Pressearbeit", "25104", "Harburg",
                LocalDate.of(2011, 1, 1), LocalDate.of(2015, 12, 31), List.of(change), List.of(), totals, true, LocalDate.of(2016, 1, 15), "row-gf", null);
    }

    @Test
    void theDraftedSachverhaltReadsLikeRotenburgsMitteilungsvorlage() throws IOException {
        List<String> document = sentences(document());
        List<String> drafted = sentences(ClosureFacts.of(rotenburg(), new Issuer("Landkreis Rotenburg (Wümme)")));
        int verbatim = 0;
        for (String sentence : drafted) {
            if (document.contains(sentence)) {
                verbatim++;
            } else {
                assertTrue(DIFFERENCES.containsValue(sentence), "neither the document's sentence nor a listed difference: " + sentence);
            }
        }
        for (String sentence : document) {
            assertTrue(drafted.contains(sentence) || drafted.contains(DIFFERENCES.get(sentence)) || AUTHORS_OWN.contains(sentence),
                    "the draft lacks: " + sentence);
        }
        assertEquals(document.size() - DIFFERENCES.size() - AUTHORS_OWN.size(), verbatim, "sentences taken word for word");
        assertEquals(6, verbatim);
    }

    @Test
    void theIssuerIsInflectedByItsKind() {
        assertEquals("Das Jobcenter Harburg", new Issuer("Jobcenter Harburg").subject());
        assertEquals("des Jobcenters Harburg", new Issuer("Jobcenter Harburg").genitive());
        assertEquals("der Stadt Offenbach", new Issuer("Stadt Offenbach").genitive());
        assertEquals("in der Region Hannover", new Issuer("Region Hannover").inside());
        assertEquals("des Landkreises Rotenburg (Wümme)", new Issuer("Landkreis Rotenburg (Wümme)").genitive());
        String gE = ClosureFacts.of(rotenburg(), new Issuer("Jobcenter Rotenburg (Wümme)"));
        assertTrue(gE.startsWith("Das Jobcenter Rotenburg (Wümme) hat in der Zeit vom 01.01.2011"), gE);
        assertTrue(gE.contains("Zu diesem Zweck ist das Jobcenter gemäß den Bedingungen"), gE);
        assertTrue(gE.contains("Ergebnissen des Programms im Jobcenter Rotenburg (Wümme) wird"), gE);
    }

    private static String document() throws IOException {
        try (InputStream in = ClosureFactsTest.class.getResourceAsStream("/papers/rotenburg-2011-16-1287-sachverhalt.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n\n"));
        }
    }

    /** Sentences end with a full stop (possibly inside closing quotes) before a capital; "50. Lebensjahr" or a date does not end one. */
    static List<String> sentences(String text) {
        return Arrays.stream(text.strip().split("(?<=[^0-9]\\.|\\.“)\\s+(?=[A-ZÄÖÜ])")).map(s -> s.replaceAll("\\s+", " ").strip()).toList();
    }
}
