package de.leitstand.controlling.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The Kennzahlen and Ergänzungsgrößen of the ordinance (SGB2§48aFKV, version of 15.03.2019, in force
 * 22.03.2019), with the configurable points at their documented defaults: the K2 denominator window is
 * the twelve months before the reference month (denominator lag 1), K2E3 looks six months further back.
 * Leitstand seeds its catalogue table from this list; the table is what the calculations use.
 */
public final class KpiCatalogue {

    /** The 2019 amendment renamed K2E3 to "Kontinuierliche Beschäftigung nach Integration". */
    public static final LocalDate VERSION_2019 = LocalDate.of(2019, 1, 1);

    public static final List<KpiDefinition> ORDINANCE_2019 = List.of(
            kpi("K1", "Veränderung der Summe der Leistungen zum Lebensunterhalt (ohne Leistungen für Unterkunft und Heizung)",
                    FormulaType.YOY_RATIO, Series.LLU_EUR, Series.LLU_EUR, 0, 0, 1, true, false),
            kpi("K1E1", "Veränderung der Summe der Leistungen für Unterkunft und Heizung",
                    FormulaType.YOY_RATIO, Series.LUH_EUR, Series.LUH_EUR, 0, 0, 1, false, false),
            kpi("K1E2", "Veränderung der Zahl der erwerbsfähigen Leistungsberechtigten",
                    FormulaType.YOY_RATIO, Series.ELB, Series.ELB, 0, 0, 1, false, false),
            kpi("K1E3", "Durchschnittliche Zugangsrate der erwerbsfähigen Leistungsberechtigten",
                    FormulaType.AVG12_OF_MONTHLY_RATES, Series.ZUG_ELB, Series.ELB, 0, 0, 1, false, false),
            kpi("K1E4", "Durchschnittliche Abgangsrate der erwerbsfähigen Leistungsberechtigten",
                    FormulaType.AVG12_OF_MONTHLY_RATES, Series.ABG_ELB, Series.ELB, 1, 0, 1, false, true),
            kpi("K2", "Integrationsquote",
                    FormulaType.ROLLING12_SUM_OVER_AVG, Series.INT, Series.ELB, 1, 0, 2, true, true),
            kpi("K2E1", "Quote der Eintritte in geringfügige Beschäftigung",
                    FormulaType.ROLLING12_SUM_OVER_AVG, Series.EINTR_GB, Series.ELB, 1, 0, 2, false, true),
            kpi("K2E2", "Quote der Eintritte in öffentlich geförderte Beschäftigung",
                    FormulaType.ROLLING12_SUM_OVER_AVG, Series.EINTR_OGB, Series.ELB, 1, 0, 2, false, true),
            kpi("K2E3", "Kontinuierliche Beschäftigung nach Integration",
                    FormulaType.ROLLING12_SUM_RATIO, Series.KONT_BESCH, Series.INT, 0, 6, 2, false, true),
            kpi("K2E4", "Integrationsquote der Alleinerziehenden",
                    FormulaType.ROLLING12_SUM_OVER_AVG, Series.INT_AE, Series.ELB_AE, 1, 0, 2, false, true),
            kpi("K3", "Veränderung des Bestands an Langzeitleistungsbeziehenden",
                    FormulaType.YOY_RATIO, Series.LZB, Series.LZB, 0, 0, 3, true, false),
            kpi("K3E1", "Integrationsquote der Langzeitleistungsbeziehenden",
                    FormulaType.ROLLING12_SUM_OVER_AVG, Series.INT_LZB, Series.LZB, 1, 0, 3, false, true),
            kpi("K3E2", "Aktivierungsquote der Langzeitleistungsbeziehenden",
                    FormulaType.STOCK_SHARE, Series.LZB_AKTIV, Series.LZB, 0, 0, 3, false, true),
            kpi("K3E3", "Durchschnittliche Zugangsrate der Langzeitleistungsbeziehenden",
                    FormulaType.AVG12_OF_MONTHLY_RATES, Series.ZUG_LZB, Series.LZB, 0, 0, 3, false, false),
            kpi("K3E4", "Durchschnittliche Abgangsrate der Langzeitleistungsbeziehenden",
                    FormulaType.AVG12_OF_MONTHLY_RATES, Series.ABG_LZB, Series.LZB, 1, 0, 3, false, true));

    private KpiCatalogue() {
    }

    private static KpiDefinition kpi(String code, String name, FormulaType type, Series numerator, Series denominator,
                                     int denominatorLag, int extraLag, int dimension, boolean key, boolean higherIsBetter) {
        return new KpiDefinition(code, name, type, numerator, denominator, denominatorLag, extraLag, dimension, key,
                higherIsBetter, "K2E3".equals(code) ? VERSION_2019 : null, null);
    }

    public static Optional<KpiDefinition> byCode(String code) {
        return ORDINANCE_2019.stream().filter(k -> k.code().equals(code)).findFirst();
    }
}
