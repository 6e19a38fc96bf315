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
    ALQ("SGB II-Arbeitslosenquote (%)", List.of("GESAMT", "U25"), false, true);

    /** The age groups of the Integrationsprognose table: 15 to under 25, 25 to under 55, 55 and older. */
    public static final List<String> AGE_GROUPS = List.of("U25", "U55", "AB55");
    public static final String ALL_AGES = "ALLE";

    private final String germanName;
    private final List<String> categories;
    private final boolean byAge;
    private final boolean rate;

    StructureFigure(String germanName, List<String> categories, boolean byAge, boolean rate) {
        this.germanName = germanName;
        this.categories = categories;
        this.byAge = byAge;
        this.rate = rate;
    }

    public String germanName() { return germanName; }
    public List<String> categories() { return categories; }
    public boolean byAge() { return byAge; }
    /** A rate in % (may have decimals) rather than a count of persons. */
    public boolean isRate() { return rate; }

    public List<String> ageGroups() {
        return byAge ? AGE_GROUPS : List.of(ALL_AGES);
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
            default -> code;
        };
    }
}
