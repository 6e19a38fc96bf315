package de.leitstand.planning.domain;

import java.util.EnumSet;
import java.util.Set;

/** The instrument categories of the Eingliederungstitel that plan lines are drawn up in (domain.md § 3.3). */
public enum InstrumentCategory {
    PLACEMENT_BUDGET("Vermittlungsbudget", "§ 16 Abs. 1 SGB II i.V.m. § 44 SGB III"),
    ACTIVATION_MEASURES("Maßnahmen zur Aktivierung und beruflichen Eingliederung", "§ 45 SGB III"),
    VOCATIONAL_TRAINING("Förderung der beruflichen Weiterbildung (FbW)", "§§ 81 ff. SGB III"),
    VOCATIONAL_EDUCATION("Berufsausbildung und Berufsvorbereitung", "§ 16 Abs. 1 S. 2 Nr. 3 SGB II"),
    WAGE_SUBSIDY_EGZ("Eingliederungszuschüsse (EGZ)", "§§ 88–92 SGB III"),
    REHAB("Leistungen für Menschen mit Behinderungen", "§ 16 Abs. 1 S. 3 SGB II"),
    START_UP_ALLOWANCE("Einstiegsgeld", "§ 16b SGB II"),
    SELF_EMPLOYED_SUPPORT("Leistungen für Selbständige", "§ 16c SGB II"),
    WORK_OPPORTUNITIES_AGH("Arbeitsgelegenheiten (AGH)", "§ 16d SGB II"),
    LTU_INTEGRATION_16E("Eingliederung von Langzeitarbeitslosen", "§ 16e SGB II"),
    FREE_SUPPORT("Freie Förderung", "§ 16f SGB II"),
    POST_NEED_SUPPORT("Förderung bei Wegfall der Hilfebedürftigkeit", "§ 16g SGB II"),
    HARD_TO_REACH_YOUTH("Förderung schwer zu erreichender junger Menschen", "§ 16h SGB II"),
    PARTICIPATION_16I("Teilhabe am Arbeitsmarkt", "§ 16i SGB II");

    /** "2. Arbeitsmarkt": publicly subsidised employment (§ 16d + § 16e + § 16i). */
    public static final Set<InstrumentCategory> SECOND_LABOUR_MARKET =
            EnumSet.of(WORK_OPPORTUNITIES_AGH, LTU_INTEGRATION_16E, PARTICIPATION_16I);

    /** The most important market-oriented instruments the seed names (FbW, EGZ, § 45). */
    public static final Set<InstrumentCategory> MARKET_ORIENTED =
            EnumSet.of(VOCATIONAL_TRAINING, WAGE_SUBSIDY_EGZ, ACTIVATION_MEASURES);

    private final String germanName;
    private final String legalBasis;

    InstrumentCategory(String germanName, String legalBasis) {
        this.germanName = germanName;
        this.legalBasis = legalBasis;
    }

    public String germanName() {
        return germanName;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
