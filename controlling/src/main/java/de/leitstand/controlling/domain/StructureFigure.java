package de.leitstand.controlling.domain;

import java.util.List;

/**
 * The structure figures a programme document describes besides the Kennzahlen (seed 002, chapters 1
 * and 2), each with its categories and age groups. {@code ALLE} is the only age group of figures without
 * an age split; {@code GESAMT} the only category of figures without categories.
 */
public enum StructureFigure {

    ELB("Erwerbsfähige Leistungsberechtigte", List.of("GESAMT"), false, false),
    BG("Bedarfsgemeinschaften", List.of("GESAMT"), false, false),
    ELB_IP("Erwerbsfähige Leistungsberechtigte nach Integrationsprognose und Altersgruppe",
            List.of("MARKTNAH", "NICHT_MARKTNAH", "I", "Z", "X"), true, false),
    EWT("Erwerbstätige ELB nach Einkommen (Wartezeit 3 Monate)",
            List.of("ELB", "ERWERBSTAETIG", "BIS_450", "BIS_850", "BIS_1200", "UEBER_1200", "SELBSTAENDIG"), false, false),
    ALO("Arbeitslose im SGB II", List.of("GESAMT", "FRAUEN", "MAENNER", "U25", "AUSLAENDER"), false, false),
    ALQ("SGB II-Arbeitslosenquote (%)", List.of("GESAMT", "U25"), false, true),
    /** Shares of groups among all unemployed, by legal sphere (the second column is SGB2 / SGB3, not an age group). */
    ALO_RK("Anteile ausgewählter Personengruppen an allen Arbeitslosen nach Rechtskreisen (%)",
            List.of("FRAUEN", "U25", "AB50", "LZA", "AUSLAENDER", "SB"), Columns.SPHERES, true),
    /** Underemployment by component and legal sphere (persons). */
    UB("Unterbeschäftigung nach Komponenten und Rechtskreisen",
            List.of("ARBEITSLOSE", "ALO_WS", "UB_ES", "UB_GESAMT"), Columns.SPHERES, false),
    /** Employees subject to social insurance by industry (persons; the change to the year before is computed). */
    SVB_WZ("Sozialversicherungspflichtig Beschäftigte nach Wirtschaftszweigen",
            List.of("LAND", "VERARBEITEND", "BAU", "HANDEL", "VERKEHR", "GAST", "DIENSTLEISTUNG", "OEFFENTLICH", "GESUNDHEIT", "SONSTIGE"),
            false, false);

    /** The age groups of the Integrationsprognose table: 15 to under 25, 25 to under 55, 55 and older. */
    public static final List<String> AGE_GROUPS = List.of("U25", "U55", "AB55");
    /** The second column of figures split by legal sphere: SGB II and SGB III. */
    public static final List<String> LEGAL_SPHERES = Columns.SPHERES;
    public static final String ALL_AGES = "ALLE";

    private final String germanName;
    private final List<String> categories;
    private final List<String> columns;
    private final boolean rate;

    StructureFigure(String germanName, List<String> categories, boolean byAge, boolean rate) {
        this(germanName, categories, byAge ? Columns.AGES : List.of(Columns.ALL), rate);
    }

    StructureFigure(String germanName, List<String> categories, List<String> columns, boolean rate) {
        this.germanName = germanName;
        this.categories = categories;
        this.columns = columns;
        this.rate = rate;
    }

    /** The column lists (an enum constant cannot read the enum's own static fields in its constructor). */
    private static final class Columns {
        static final List<String> AGES = List.of("U25", "U55", "AB55");
        static final List<String> SPHERES = List.of("SGB2", "SGB3");
        static final String ALL = "ALLE";
    }

    public String germanName() { return germanName; }
    public List<String> categories() { return categories; }
    /** Whether the figure has a second column (age group, or legal sphere for {@link #ALO_RK} and {@link #UB}). */
    public boolean byAge() { return !columns.equals(List.of(Columns.ALL)); }
    /** A rate in % (may have decimals) rather than a count of persons. */
    public boolean isRate() { return rate; }

    public List<String> ageGroups() {
        return columns;
    }

    /** German labels of the categories and age groups, as the programme document prints them. */
    public static String label(String code) {
        return switch (code) {
            case "GESAMT" -> "insgesamt";
            case "MARKTNAH" -> "Kunden mit Integrationsprognose „marktnah“";
            case "NICHT_MARKTNAH" -> "Kunden mit Integrationsprognose „nicht marktnah“";
            case "I" -> "I Integriert, aber weiterhin hilfebedürftig";
            case "Z" -> "Z Zuordnung nicht erforderlich";
            case "X" -> "X Fehlende Werte";
            case "ELB" -> "Erwerbsfähige Leistungsberechtigte insgesamt";
            case "ERWERBSTAETIG" -> "erwerbstätige ELB";
            case "BIS_450" -> "bis 450 Euro";
            case "BIS_850" -> "über 450 bis 850 Euro";
            case "BIS_1200" -> "über 850 bis 1200 Euro";
            case "UEBER_1200" -> "über 1200 Euro";
            case "SELBSTAENDIG" -> "selbständig erwerbstätig";
            case "FRAUEN" -> "Frauen";
            case "MAENNER" -> "Männer";
            case "U25" -> "unter 25 Jahre";
            case "AUSLAENDER" -> "Ausländer";
            case "U55" -> "25 bis unter 55 Jahre";
            case "AB55" -> "55 Jahre und älter";
            case "ALLE" -> "alle Altersgruppen";
            case "SGB2" -> "SGB II";
            case "SGB3" -> "SGB III";
            case "AB50" -> "50 Jahre und älter";
            case "LZA" -> "Langzeitarbeitslose";
            case "SB" -> "Schwerbehinderte";
            case "ARBEITSLOSE" -> "Arbeitslose";
            case "ALO_WS" -> "Arbeitslosigkeit im weiteren Sinne (zusätzlich)";
            case "UB_ES" -> "Unterbeschäftigung im engeren Sinne (zusätzlich)";
            case "UB_GESAMT" -> "Unterbeschäftigung ohne Kurzarbeit (insgesamt)";
            case "LAND" -> "Land- und Forstwirtschaft, Fischerei";
            case "VERARBEITEND" -> "Verarbeitendes Gewerbe";
            case "BAU" -> "Baugewerbe";
            case "HANDEL" -> "Handel, Instandhaltung und Reparatur von Kfz";
            case "VERKEHR" -> "Verkehr und Lagerei";
            case "GAST" -> "Gastgewerbe";
            case "DIENSTLEISTUNG" -> "Wirtschaftliche Dienstleistungen";
            case "OEFFENTLICH" -> "Öffentliche Verwaltung, Verteidigung, Sozialversicherung";
            case "GESUNDHEIT" -> "Gesundheits- und Sozialwesen";
            case "SONSTIGE" -> "Sonstige Wirtschaftszweige";
            default -> code;
        };
    }
}
