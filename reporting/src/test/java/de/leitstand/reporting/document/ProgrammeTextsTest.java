package de.leitstand.reporting.document;

import de.leitstand.planning.api.DocumentPlaceholders;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The narrative of chapters 1–4 with its figures as placeholders: the demo document says what the
 * Arbeitsmarkt- und Integrationsprogramm 2020 of Elbe-Elster says, with the figures computed from data.
 */
class ProgrammeTextsTest {

    private static String text;
    private static String html;

    @BeforeAll
    static void render() {
        html = ProgrammeDocument.html(ProgrammeDocumentFixtures.seedProgramme(), ProgrammeDocumentFixtures.seedStructure(), List.of("Test"));
        text = Jsoup.parse(html).text().replaceAll("\\s+", " ");
    }

    @Test
    void theDemoDocumentSaysWhatTheOriginalSaysWithItsFigures() {
        for (String sentence : List.of(
                "In Elbe-Elster waren im Jahresdurchschnitt 2019 ca. 5.400 erwerbsfähige leistungsberechtigte Menschen in fast 4.500 Bedarfsgemeinschaften auf Arbeitslosengeld II angewiesen",
                "Die Zahl der erwerbsfähigen Leistungsberechtigten ist in 2019 weiter gesunken:",
                "Im September 2019 waren von 2.116 Arbeitslosen in der Grundsicherung mit 55,8 Prozent mehr als die Hälfte Männer und 44,2 Prozent Frauen. 101 arbeitslose Personen waren unter 25 Jahre alt.",
                "verringerte sich im Vergleich zum Vorjahr um 10,8 Prozent.",
                "lag im September 2019 21,5 Prozent unter dem Vorjahresbestand.",
                "Die SGB II-Arbeitslosenquote ist im September 2019 zum Vorjahresvergleich um 1,0 Prozentpunkte gesunken. Bei den Jugendlichen unter 25 Jahre ist die Quote um 0,3 Prozentpunkte gesunken.",
                "Fast 70 Prozent aller ELB unterliegen einer Integrationsprognose",
                "Ziel ist es, in 2020 mindestens 1.141 Integrationen und damit eine Integrationsquote von 23,4 Prozent zu erreichen. Dadurch verändert sich die Integrationsquote in 2020 um −1,7 Prozent.",
                "Ziel ist es, den Bestand der LZB um 10,8 Prozent zu senken.",
                "Der Kapazitätsbedarf umfasst insgesamt 148 Mitarbeiterkapazitäten, der sich im Verhältnis von ca. 54:46 auf Bundesagentur für Arbeit und Landkreis Elbe-Elster verteilt.",
                "Dem Jobcenter Elbe-Elster werden voraussichtlich 8,6 Mio. EUR an Bundesmitteln für den Verwaltungskostenhaushalt 2020 zur Verfügung gestellt. Hinzu kommen 15,2 Prozent aus Mitteln des Landkreises",
                "Für das Jahr 2020 werden dem Jobcenter Elbe-Elster voraussichtlich 7,1 Mio. EUR im Eingliederungstitel zur Verfügung stehen.",
                "Für Förderungen auf dem 2. Arbeitsmarkt sind 8 Prozent der Eingliederungsmittel vorgesehen.")) {
            assertTrue(text.contains(sentence), "fehlt: " + sentence);
        }
        assertFalse(text.contains("{{"), "kein Platzhalter bleibt stehen");
    }

    @Test
    void textsStandInTheirChaptersAndPlaceTheirFigures() {
        int chapter1 = html.indexOf("id=\"grundsicherung\"");
        int chapter2 = html.indexOf("id=\"angebot\"");
        int firstSentence = html.indexOf("In Elbe-Elster waren im Jahresdurchschnitt");
        int chart = html.indexOf("Entwicklung der erwerbsfähigen Leistungsberechtigten und Bedarfsgemeinschaften");
        int after = html.indexOf("Der Bestand der ELB wird voraussichtlich");
        assertTrue(chapter1 < firstSentence && firstSentence < chart && chart < after && after < chapter2, "Text, Diagramm, Text in Kapitel 1");
        int table = html.indexOf("Erwerbsfähige Leistungsberechtigte nach Integrationsprognosen und Altersgruppen");
        assertTrue(html.indexOf("Hier wird klar") < table && table < html.indexOf("Signifikante Veränderungen"), "Tabelle an ihrer Stelle in 2.1");
        assertEquals(1, html.split("Verteilung des Eingliederungsbudgets 2020", -1).length - 1, "das Budget-Diagramm genau einmal");
        assertFalse(text.contains("Im Jahresdurchschnitt 2019 waren 5.485"), "der erzeugte Satz entfällt, wenn das Kapitel einen Text hat");
        assertTrue(html.contains("<h2>2.1 Das Angebot an Arbeitskräften</h2>"), "Unterkapitel eine Ebene unter dem Kapitel");
        assertFalse(html.contains("<h1>Angebot und Nachfrage"), "kein eigenes Textkapitel für Kapitel 2");
    }

    @Test
    void theChartsOfChapters1And2HaveTableAlternatives() {
        for (String heading : List.of("Anteil ausgewählter Personengruppen an allen Arbeitslosen nach Rechtskreisen",
                "Komponenten der Unterbeschäftigung", "Verteilung der Beschäftigung")) {
            int at = html.indexOf("<h2>" + heading + "</h2>");
            assertTrue(at > 0, heading);
            String part = html.substring(at, html.indexOf("</table>", at));
            assertTrue(part.contains("<img src=\"data:image/png;base64,") && part.contains("alt=\"Balkendiagramm"), heading + ": Diagramm mit Alternativtext");
            assertTrue(part.contains("<table>") && part.contains("<caption>"), heading + ": Tabelle");
        }
        assertTrue(text.contains("Frauen 44,2 46,1"), "Anteile SGB II und SGB III");
        assertTrue(text.contains("Unterbeschäftigung ohne Kurzarbeit (insgesamt) 2.938 2.185"), "Unterbeschäftigung");
        int manufacturing = text.indexOf("Verarbeitendes Gewerbe 215");
        int health = text.indexOf("Gesundheits- und Sozialwesen 89");
        int trade = text.indexOf("Handel, Instandhaltung und Reparatur von Kfz −35");
        assertTrue(manufacturing > 0 && manufacturing < health && health < trade, "absteigend sortiert");
        int unemployedText = html.indexOf("101 arbeitslose Personen");
        int spheres = html.indexOf("<h2>Anteil ausgewählter Personengruppen");
        int refugees = html.indexOf("Flüchtlinge in der Grundsicherung");
        assertTrue(unemployedText < spheres && spheres < refugees, "das Diagramm steht, wo der Text es platziert");
    }

    @Test
    void everyFigurePlaceholderHasAValueAndEveryPartAFragment() {
        Map<String, String> values = DocumentFigures.values(ProgrammeDocumentFixtures.seedProgramme(), ProgrammeDocumentFixtures.seedStructure());
        Map<String, Object> model = new HashMap<>();
        for (String name : DocumentPlaceholders.names().keySet()) {
            if (name.matches("(abbildung|tabelle|text)\\..*")) {
                // a fragment of that name exists (Thymeleaf renders nothing for an unknown one, so look for it)
                assertTrue(resource().contains("th:fragment=\"" + name.replace('.', '_') + "\""), "Fragment für " + name);
            } else {
                assertTrue(values.containsKey(name), "Wert für " + name);
                assertFalse(values.get(name).isBlank(), "Wert für " + name);
            }
        }
        assertEquals("8", values.get("anteil.budget.zweiter_arbeitsmarkt"));
        assertEquals("−8,2", values.get("veraenderung.elb.vorjahr"));
        assertEquals("Im Jahr 2020: {{gibt.es.nicht}}", ProgrammeDocument.fill("Im Jahr {{jahr}}: {{gibt.es.nicht}}", values));
        assertEquals("2020", ProgrammeDocument.fill("{<!-- -->{jahr}}", values), "auch nach dem HTML-Filter, der {{ trennt");
        model.put("x", 1);
    }

    private static String resource() {
        try (var in = ProgrammeTextsTest.class.getResourceAsStream("/de/leitstand/reporting/templates/programme-parts.html")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
