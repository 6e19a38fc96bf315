package de.leitstand.planning.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A programme version with everything it plans and every figure computed from it.
 *
 * @param targetPath twelve monthly integration targets (January first); empty when none is set
 */
public record ProgrammeView(ProgrammeSummary summary, Targets targets, List<GoalView> goals,
                            List<Integer> targetPath, Budget budget, Staff staff, List<SectionView> sections) implements java.io.Serializable {

    /** The part of the current version that target tracking reads (see {@code ProgrammePlanning.currentSteering}). */
    public record Steering(Targets targets, List<Integer> targetPath, List<GoalView> goals) implements java.io.Serializable {
    }

    /**
     * Ziel 1–3. K1 is monitored without a quantified target.
     *
     * @param integrationRateWomen  the Integrationsquote (K2) target for women (Zielvereinbarung), {@code null} if none
     * @param integrationRateMen    the Integrationsquote (K2) target for men, {@code null} if none
     * @param impliedAverageElb     integrations / quota
     * @param rateChangePercent     the quota's relative change against the previous year
     * @param lzbTargetStock        baseline × (1 + change)
     */
    public record Targets(Integer integrations, BigDecimal integrationRate, Integer integrationsWomen,
                          Integer integrationsMen, BigDecimal integrationRateWomen, BigDecimal integrationRateMen,
                          BigDecimal previousYearRate, BigDecimal impliedAverageElb,
                          BigDecimal rateChangePercent, BigDecimal lzbChangePercent, String lzbBasis,
                          String lzbBasisLabel, Integer lzbBaseline, Integer lzbTargetStock, String k1Note) implements java.io.Serializable {
    }

    /** A local or municipal goal; {@code targetLabel} is the target as the document shows it, e.g. "&lt; 5 %". */
    public record GoalView(Long id, String kind, String kindLabel, String title, String indicator, String comparator,
                           BigDecimal targetNumber, String targetUnit, String targetText, String targetLabel,
                           String status, String statusLabel, String kpiCode) implements java.io.Serializable {
    }

    /** A budget row: previous year, this year, difference absolute and in percent. */
    public record BudgetRow(String title, BigDecimal previous, BigDecimal current, BigDecimal difference,
                            BigDecimal differencePercent) implements java.io.Serializable {
    }

    /**
     * The budget with everything derived from it.
     *
     * @param rows                       VK, EGL and Gesamtbudget
     * @param federalSharePercent        the federal share of total administrative costs that year (84,8)
     * @param totalAdministrativeCosts   VK / federal share
     * @param municipalAmount            total − VK
     * @param administrationAvailable    VK + transfers
     * @param integrationAvailable       EGL − transfers
     * @param unplannedRemainder         EGL available − plan lines (positive: not yet planned)
     * @param firstHalfSharePercent      share of the spending profile in January–June
     */
    public record Budget(String kind, String kindLabel, LocalDate stand, String previousLabel, String currentLabel,
                         List<BudgetRow> rows, BigDecimal federalSharePercent, BigDecimal totalAdministrativeCosts,
                         BigDecimal municipalAmount, BigDecimal municipalSharePercent, List<TransferView> transfers,
                         BigDecimal transferTotal, BigDecimal administrationAvailable, BigDecimal integrationAvailable,
                         List<PlanLineView> planLines, BigDecimal plannedTotal, BigDecimal unplannedRemainder,
                         List<Aggregate> aggregates, List<BigDecimal> spendingProfile, BigDecimal spendingTotal,
                         BigDecimal firstHalfSharePercent) implements java.io.Serializable {
    }

    public record TransferView(Long id, LocalDate date, BigDecimal amount, String note) implements java.io.Serializable {
    }

    /** @param sharePercent share of the available EGL */
    public record PlanLineView(Long id, String category, String categoryLabel, String legalBasis, BigDecimal amount,
                               Integer plannedEntries, BigDecimal averageCostPerEntry, BigDecimal sharePercent,
                               boolean demoValue, String note) implements java.io.Serializable {
    }

    /** A group of plan lines, e.g. "2. Arbeitsmarkt (§§ 16d, 16e, 16i)". */
    public record Aggregate(String name, BigDecimal amount, BigDecimal sharePercent) implements java.io.Serializable {
    }

    /**
     * Staff capacity and caseload ratios.
     *
     * @param ratioLabel e.g. "54:46" (BA : Kommune, whole percent)
     */
    public record Staff(List<StaffLineView> lines, BigDecimal total, BigDecimal baCapacity,
                        BigDecimal municipalCapacity, String ratioLabel, List<FunctionTotal> byFunction,
                        List<CaseloadView> caseload) implements java.io.Serializable {
    }

    public record StaffLineView(Long id, String employer, String employerLabel, String function, String functionLabel,
                                BigDecimal capacity) implements java.io.Serializable {
    }

    public record FunctionTotal(String function, String functionLabel, BigDecimal capacity) implements java.io.Serializable {
    }

    /** @param customersPerStaff e.g. 82,4 (1 : 82,4), against the reference 75 or 150 */
    public record CaseloadView(String group, String groupLabel, int customers, BigDecimal staff,
                               BigDecimal customersPerStaff, int reference, boolean exceedsReference) implements java.io.Serializable {
    }

    public record SectionView(Long id, int position, String title, String content) implements java.io.Serializable {
    }
}
