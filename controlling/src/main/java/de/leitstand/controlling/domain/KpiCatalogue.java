package de.leitstand.controlling.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The Kennzahlen and Ergänzungsgrößen of the ordinance (SGB2§48aFKV) in every version, with the
 * configurable points at their documented defaults: the K2 denominator window is the twelve months before
 * the reference month (denominator lag 1); K2E3 looks six months further back (twelve before 2019).
 * <p>
 * Versions: the ordinance of 12.08.2010 as amended on 24.03.2011 applies to the reference months up to
 * December 2018; the amendment of 15.03.2019 (in force 22.03.2019) from reference month January 2019.
 * The amendment has no transitional rule; Leitstand applies it from January 2019 because its own text
 * draws the line there (§ 2 (2) Nr. 1 and 3 name § 16e "in der bis 31. Dezember 2018 gültigen Fassung"
 * and § 16i, which took effect on 01.01.2019), because the target year of the Zielsteuerung is the
 * calendar year (Jahresfortschrittswert January..m, domain.md § 1.5) so one year is computed under one
 * definition, and because domain.md § 1.3 dates the new K2E3 "since 2019". Only K2E3 changed in
 * substance ("Nachhaltigkeit der Integrationen": still in insured employment twelve months after the
 * integration → "Kontinuierliche Beschäftigung nach Integration": in each of the six months after); the
 * K3 family was renamed ("Langzeitleistungsbezieher" → "Langzeitleistungsbeziehende"); the formulas of
 * all other figures are word for word the same in both versions.
 * Leitstand fills its catalogue table from this list; the table is what the calculations use.
 */
public final class KpiCatalogue {

    /** The first reference month of the 2019 version. */
    public static final LocalDate VERSION_2019 = LocalDate.of(2019, 1, 1);
    private static final LocalDate END_2011 = LocalDate.of(2018, 12, 31);

    public static final String SOURCE_2011 = "SGB2§48aFKV vom 12.08.2010 (BGBl. I S. 1152), geändert durch Art. 10 G v. 24.03.2011 (BGBl. I S. 453)";
    public static final String SOURCE_2019 = "SGB2§48aFKV, geändert durch Art. 1 V v. 15.03.2019 (BGBl. I S. 339), in Kraft seit 22.03.2019";
    public static final String SOURCE_BOTH = "SGB2§48aFKV vom 12.08.2010 (BGBl. I S. 1152); in den Fassungen von 2011 und 2019 gleich";

    /** Every version of every figure. */
    public static final List<KpiDefinition> DEFINITIONS = List.of(
            kpi("K1", "Veränderung der Summe der Leistungen zum Lebensunterhalt (ohne Leistungen für Unterkunft und Heizung)",
                    FormulaType.YOY_RATIO, Series.LLU_EUR, Series.LLU_EUR, 0, 0, 1, true, false, null, null, SOURCE_BOTH),
            kpi("K1E1", "Veränderung der Summe der Leistungen für Unterkunft und Heizung",
                    FormulaType.YOY_RATIO, Series.LUH_EUR, Series.LUH_EUR, 0, 0, 1, false, false, null, null, SOURCE_BOTH),
            kpi("K1E2", "Veränderung der Zahl der erwerbsfähigen Leistungsberechtigten",
                    FormulaType.YOY_RATIO, Series.ELB, Series.ELB, 0, 0, 1, false, false, null, null, SOURCE_BOTH),
            kpi("K1E3", "Durchschnittliche Zugangsrate der erwerbsfähigen Leistungsberechtigten",
                    FormulaType.AVG12_OF_MONTHLY_RATES, Series.ZUG_ELB, Series.ELB, 0, 0, 1, false, false, null, null, SOURCE_BOTH),
            kpi("K1E4", "Durchschnittliche Abgangsrate der erwerbsfähigen Leistungsberechtigten",
                    FormulaType.AVG12_OF_MONTHLY_RATES, Series.ABG_ELB, Series.ELB, 1, 0, 1, false, true, null, null, SOURCE_BOTH),
            kpi("K2", "Integrationsquote",
                    FormulaType.ROLLING12_SUM_OVER_AVG, Series.INT, Series.ELB, 1, 0, 2, true, true, null, null, SOURCE_BOTH),
            kpi("K2E1", "Quote der Eintritte in geringfügige Beschäftigung",
                    FormulaType.ROLLING12_SUM_OVER_AVG, Series.EINTR_GB, Series.ELB, 1, 0, 2, false, true, null, null, SOURCE_BOTH),
            kpi("K2E2", "Quote der Eintritte in öffentlich geförderte Beschäftigung",
                    FormulaType.ROLLING12_SUM_OVER_AVG, Series.EINTR_OGB, Series.ELB, 1, 0, 2, false, true, null, null, SOURCE_BOTH),
            kpi("K2E3", "Nachhaltigkeit der Integrationen",
                    FormulaType.ROLLING12_SUM_RATIO, Series.NACH_INT, Series.INT_SVB, 0, 12, 2, false, true, null, END_2011, SOURCE_2011),
            kpi("K2E3", "Kontinuierliche Beschäftigung nach Integration",
                    FormulaType.ROLLING12_SUM_RATIO, Series.KONT_BESCH, Series.INT_SVB, 0, 6, 2, false, true, VERSION_2019, null, SOURCE_2019),
            kpi("K2E4", "Integrationsquote der Alleinerziehenden",
                    FormulaType.ROLLING12_SUM_OVER_AVG, Series.INT_AE, Series.ELB_AE, 1, 0, 2, false, true, null, null, SOURCE_BOTH),
            kpi("K3", "Veränderung des Bestands an Langzeitleistungsbeziehern",
                    FormulaType.YOY_RATIO, Series.LZB, Series.LZB, 0, 0, 3, true, false, null, END_2011, SOURCE_2011),
            kpi("K3", "Veränderung des Bestands an Langzeitleistungsbeziehenden",
                    FormulaType.YOY_RATIO, Series.LZB, Series.LZB, 0, 0, 3, true, false, VERSION_2019, null, SOURCE_2019),
            kpi("K3E1", "Integrationsquote der Langzeitleistungsbezieher",
                    FormulaType.ROLLING12_SUM_OVER_AVG, Series.INT_LZB, Series.LZB, 1, 0, 3, false, true, null, END_2011, SOURCE_2011),
            kpi("K3E1", "Integrationsquote der Langzeitleistungsbeziehenden",
                    FormulaType.ROLLING12_SUM_OVER_AVG, Series.INT_LZB, Series.LZB, 1, 0, 3, false, true, VERSION_2019, null, SOURCE_2019),
            kpi("K3E2", "Aktivierungsquote der Langzeitleistungsbezieher",
                    FormulaType.STOCK_SHARE, Series.LZB_AKTIV, Series.LZB, 0, 0, 3, false, true, null, END_2011, SOURCE_2011),
            kpi("K3E2", "Aktivierungsquote der Langzeitleistungsbeziehenden",
                    FormulaType.STOCK_SHARE, Series.LZB_AKTIV, Series.LZB, 0, 0, 3, false, true, VERSION_2019, null, SOURCE_2019),
            kpi("K3E3", "Durchschnittliche Zugangsrate der Langzeitleistungsbezieher",
                    FormulaType.AVG12_OF_MONTHLY_RATES, Series.ZUG_LZB, Series.LZB, 0, 0, 3, false, false, null, END_2011, SOURCE_2011),
            kpi("K3E3", "Durchschnittliche Zugangsrate der Langzeitleistungsbeziehenden",
                    FormulaType.AVG12_OF_MONTHLY_RATES, Series.ZUG_LZB, Series.LZB, 0, 0, 3, false, false, VERSION_2019, null, SOURCE_2019),
            kpi("K3E4", "Durchschnittliche Abgangsrate der Langzeitleistungsbezieher",
                    FormulaType.AVG12_OF_MONTHLY_RATES, Series.ABG_LZB, Series.LZB, 1, 0, 3, false, true, null, END_2011, SOURCE_2011),
            kpi("K3E4", "Durchschnittliche Abgangsrate der Langzeitleistungsbeziehenden",
                    FormulaType.AVG12_OF_MONTHLY_RATES, Series.ABG_LZB, Series.LZB, 1, 0, 3, false, true, VERSION_2019, null, SOURCE_2019));

    /** The 15 figures as of the 2019 version (the current one). */
    public static final List<KpiDefinition> ORDINANCE_2019 = validIn(DEFINITIONS, YearMonth.from(VERSION_2019));

    private KpiCatalogue() {
    }

    private static KpiDefinition kpi(String code, String name, FormulaType type, Series numerator, Series denominator,
                                     int denominatorLag, int extraLag, int dimension, boolean key, boolean higherIsBetter,
                                     LocalDate from, LocalDate to, String source) {
        return new KpiDefinition(code, name, type, numerator, denominator, denominatorLag, extraLag, dimension, key,
                higherIsBetter, from, to, source);
    }

    /** @return the current (2019) definition of a code */
    public static Optional<KpiDefinition> byCode(String code) {
        return ORDINANCE_2019.stream().filter(k -> k.code().equals(code)).findFirst();
    }

    /** @return the definition of a code valid in a reference month */
    public static Optional<KpiDefinition> byCode(String code, YearMonth month) {
        return definitionFor(DEFINITIONS, code, month);
    }

    /** @return per code the version valid in the month, ordered by code; codes without a version then are left out */
    public static List<KpiDefinition> validIn(Collection<KpiDefinition> versions, YearMonth month) {
        List<KpiDefinition> valid = new ArrayList<>();
        for (KpiDefinition d : versions) {
            if (d.isValidIn(month)) {
                valid.add(d);
            }
        }
        valid.sort(Comparator.comparing(KpiDefinition::code));
        return List.copyOf(valid);
    }

    /** @return the version of {@code code} (case-insensitive) valid in the month */
    public static Optional<KpiDefinition> definitionFor(Collection<KpiDefinition> versions, String code, YearMonth month) {
        return versions.stream().filter(d -> d.code().equalsIgnoreCase(code) && d.isValidIn(month)).findFirst();
    }

    /** @return how far back any version of the catalogue looks, in months */
    public static int lookBackMonths(Collection<KpiDefinition> versions) {
        return versions.stream().mapToInt(KpiDefinition::lookBackMonths).max().orElse(0);
    }
}
