package de.leitstand.planning.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a chapter text of the programme may name as placeholders, e.g.
 * {@code {{ziel.integrationsquote.veraenderung}}}: the programme document fills them from the programme and
 * the structure figures when it is rendered, so next year's document updates its numbers. Also the
 * figures and tables a text of chapters 1–4 may place ({@code {{abbildung.elb_bg}}} as a paragraph of its
 * own); figures a text does not place follow its text. Saving a text with a name not listed here is refused.
 */
public final class DocumentPlaceholders {

    /** {@code {{name}}}; the HTML sanitiser may have split the braces with an empty comment. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{(?:<!-- -->)?\\{\\s*([^{}<>\\s]*)\\s*}}");

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        figure("jahr", "Jahr des Programms (2020)");
        figure("jahr.vorjahr", "Vorjahr (2019)");
        figure("elb.jahresdurchschnitt", "ELB im Jahresdurchschnitt des Vorjahres (5.485)");
        figure("elb.jahresdurchschnitt.abgerundet", "dieselbe Zahl auf Hunderter abgerundet („ca. 5.400“)");
        figure("bg.jahresdurchschnitt", "Bedarfsgemeinschaften im Jahresdurchschnitt des Vorjahres (4.470)");
        figure("bg.jahresdurchschnitt.aufgerundet", "dieselbe Zahl auf Hunderter aufgerundet („fast 4.500“)");
        figure("veraenderung.elb.vorjahr", "Veränderung der ELB im Jahresdurchschnitt gegenüber dem Jahr davor in % (−8,2)");
        figure("arbeitslose.monat", "Monat der Arbeitslosenzahlen (September 2019)");
        figure("arbeitslose.anzahl", "Arbeitslose im SGB II in diesem Monat (2.116)");
        figure("arbeitslose.anteil.maenner", "Anteil der Männer an den Arbeitslosen in % (55,8)");
        figure("arbeitslose.anteil.frauen", "Anteil der Frauen an den Arbeitslosen in % (44,2)");
        figure("arbeitslose.u25", "Arbeitslose unter 25 Jahren (101)");
        figure("arbeitslose.veraenderung.vorjahr.betrag", "Rückgang der Arbeitslosen zum Vorjahresmonat in %, ohne Vorzeichen (21,5)");
        figure("alq.veraenderung.vorjahr.betrag", "Veränderung der SGB II-Arbeitslosenquote zum Vorjahresmonat in Prozentpunkten, ohne Vorzeichen (1,0)");
        figure("alq.u25.veraenderung.vorjahr.betrag", "dieselbe Veränderung bei den unter 25-Jährigen (0,3)");
        figure("erwerbstaetige.monat", "Monat der Zahlen zu erwerbstätigen ELB (April 2019)");
        figure("erwerbstaetige.anzahl", "erwerbstätige ELB in diesem Monat (1.619)");
        figure("erwerbstaetige.veraenderung.vorjahr.betrag", "Veränderung der erwerbstätigen ELB zum Vorjahresmonat in %, ohne Vorzeichen (10,8)");
        figure("integrationsprognose.zeitraum", "Zeitraum der Integrationsprognosen (JDW 2019)");
        figure("integrationsprognose.nicht_marktnah.anteil", "Anteil der ELB mit Integrationsprognose „nicht marktnah“ in % (69,7)");
        figure("integrationsprognose.nicht_marktnah.anteil.aufgerundet", "derselbe Anteil auf ganze Prozent aufgerundet („fast 70“)");
        figure("ziel.integrationen", "Ziel: Zahl der Integrationen (1.141)");
        figure("ziel.integrationsquote", "Ziel: Integrationsquote in % (23,4)");
        figure("ziel.integrationsquote.veraenderung", "Veränderung der Integrationsquote gegenüber dem Vorjahresziel in %, mit Vorzeichen (−1,7)");
        figure("ziel.lzb.veraenderung.betrag", "Ziel: Senkung des Bestands an Langzeitleistungsbeziehenden in %, ohne Vorzeichen (10,8)");
        figure("personal.kapazitaeten", "Mitarbeiterkapazitäten insgesamt (148)");
        figure("personal.verhaeltnis", "Verhältnis Bundesagentur zu kommunalem Träger in ganzen Prozent („54:46“)");
        figure("budget.vk.mio", "Verwaltungskostenbudget (Bund) in Mio. Euro, eine Stelle (8,6)");
        figure("budget.egl.mio", "Eingliederungsbudget in Mio. Euro, eine Stelle (7,1)");
        figure("budget.kfa.anteil", "kommunaler Finanzierungsanteil an den Verwaltungskosten in % (15,2)");
        figure("anteil.budget.arbeitsmarktorientiert", "Anteil von FbW, EGZ und § 45 SGB III am Eingliederungsbudget in % (55,4)");
        figure("anteil.budget.zweiter_arbeitsmarkt", "Anteil des 2. Arbeitsmarkts (§§ 16d, 16e, 16i SGB II) am Eingliederungsbudget in ganzen Prozent (8)");
        figure("text.grundsicherung", "Absatz: ELB und Bedarfsgemeinschaften im Jahresdurchschnitt (wenn das Kapitel keinen eigenen Text hat)");
        figure("abbildung.elb_bg", "Diagramm und Tabelle: ELB und Bedarfsgemeinschaften im Jahresdurchschnitt");
        figure("abbildung.arbeitslose_rechtskreise", "Diagramm und Tabelle: Anteile ausgewählter Personengruppen an den Arbeitslosen nach Rechtskreisen");
        figure("tabelle.arbeitslose", "Tabelle: Arbeitslose im SGB II");
        figure("tabelle.erwerbstaetige", "Tabelle: erwerbstätige ELB nach Einkommen");
        figure("abbildung.unterbeschaeftigung", "Diagramm und Tabelle: Komponenten der Unterbeschäftigung nach Rechtskreisen");
        figure("tabelle.integrationsprognose", "Tabelle: ELB nach Integrationsprognosen und Altersgruppen");
        figure("abbildung.beschaeftigung", "Diagramm und Tabelle: Veränderung der Beschäftigung nach Wirtschaftszweigen");
        figure("tabelle.ziele", "Tabelle: Ziele nach § 48b SGB II");
        figure("tabelle.lokale_ziele", "Tabelle: lokale und kommunale Ziele");
        figure("tabelle.budget", "Tabelle: Eingliederungs- und Verwaltungskostenbudget im Vergleich zum Vorjahr");
        figure("text.personal", "Überschrift und Absatz: Mitarbeiterkapazitäten nach Träger");
        figure("text.kommunaler_anteil", "Absatz: kommunaler Finanzierungsanteil in Euro und Gesamtverwaltungskosten");
        figure("abbildung.eingliederungsbudget", "Diagramm und Tabelle: Verteilung des Eingliederungsbudgets");
    }

    private DocumentPlaceholders() {
    }

    private static void figure(String name, String description) {
        NAMES.put(name, description);
    }

    /** name → what it stands for (with the Elbe-Elster 2020 value as an example), in document order. */
    public static Map<String, String> names() {
        return Collections.unmodifiableMap(NAMES);
    }

    /** A placeholder that is not known, with where it stands: paragraph (1-based) and character in it (1-based). */
    public record Unknown(String name, int paragraph, int character) implements java.io.Serializable {
        public de.leitstand.kernel.api.Text text(String chapter) {
            return de.leitstand.kernel.api.Text.of("planning.PLACEHOLDER_UNKNOWN", name, chapter, paragraph, character);
        }

        /** @return {@link #text(String)} in German */
        public String describe(String chapter) {
            return text(chapter).german();
        }
    }

    /** The unknown placeholders of a chapter text (HTML), in their order. */
    public static List<Unknown> unknown(String html) {
        List<Unknown> result = new ArrayList<>();
        if (html == null) {
            return result;
        }
        // paragraphs are the block elements; the position counts the visible characters of the paragraph
        String[] blocks = html.split("(?i)</(?:p|h[1-6]|li|td|th|div|blockquote|pre)>|<br\\s*/?>");
        for (int b = 0; b < blocks.length; b++) {
            String block = blocks[b];
            Matcher m = PLACEHOLDER.matcher(block);
            while (m.find()) {
                if (!NAMES.containsKey(m.group(1))) {
                    String before = block.substring(0, m.start()).replaceAll("<!-- -->", "").replaceAll("<[^>]*>", "");
                    result.add(new Unknown(m.group(1), b + 1, before.length() + 1));
                }
            }
        }
        return result;
    }
}
