package de.leitstand.controlling.api;

import de.leitstand.kernel.api.Text;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** The read models of controlling. */
public final class ControllingViews {

    private ControllingViews() {
    }

    /**
     * @param rows         how many values were stored (new or revised)
     * @param importId     the import batch of a file import; {@code null} for values entered by hand
     * @param warningCount how many plausibility warnings the import has (they never block it)
     * @param warnings     the first of them (all: {@code GET /api/controlling/imports/{importId}/warnings})
     */
    public record ImportResult(int rows, List<String> jobcenters, YearMonth firstMonth, YearMonth lastMonth, Long importId,
                               long warningCount, List<ImportWarningView> warnings) implements java.io.Serializable {

        public ImportResult(int rows, List<String> jobcenters, YearMonth firstMonth, YearMonth lastMonth) {
            this(rows, jobcenters, firstMonth, lastMonth, null, 0, List.of());
        }
    }

    /**
     * A plausibility warning about one imported value.
     *
     * @param rule       OUTLIER, STOCK_FLOW, PART_EXCEEDS_WHOLE, GENDER_SUM or GAP
     * @param valuesPath the API path of the stored values of that Jobcenter and month (all series and vintages)
     */
    public record ImportWarningView(long importId, String agencyNumber, String series, String seriesName, YearMonth month,
                                    String gender, String rule, String message, String valuesPath) implements java.io.Serializable {
    }

    /**
     * An accepted import file with the number of its plausibility warnings.
     *
     * @param vintages   the data vintages in the file ("2020-09, 2020-10")
     * @param importedBy the user who imported it (from the audit trail; {@code null} when unknown)
     */
    public record ImportBatchView(long id, java.time.Instant importedAt, int rows, String jobcenters, YearMonth firstMonth,
                                  YearMonth lastMonth, int inserted, int revised, long warningCount, String vintages,
                                  String source, String importedBy) implements java.io.Serializable {
    }

    /**
     * A Kennzahl for one Jobcenter, month and gender, computed with the definition valid in the month.
     *
     * @param value             in percent; {@code null} when not computable (then {@code reason} says why); for the
     *                          "Veränderung" figures the quotient (e.g. 98,6), for the others the figure itself
     * @param changePercent     for year-on-year ratios (K1, K1E1, K1E2, K3): value − 100, the change against the same
     *                          month of the previous year as the BA communicates it (e.g. −1,4); otherwise {@code null}
     * @param numerator         with {@code denominator} reproduces the value (numerator × 100 / denominator); for the
     *                          mean-of-rates figures the sum of the twelve monthly rates in percent over 12 months
     * @param numeratorCode     the series code of the numerator (e.g. {@code KONT_BESCH})
     * @param denominatorCode   the series code of the denominator (e.g. {@code INT_SVB})
     * @param source            the version of the ordinance the definition comes from
     * @param monthlyRates      for the mean-of-rates figures (K1E3, K1E4, K3E3, K3E4): the twelve monthly rates
     */
    public record KpiView(String code, String name, String formulaType, int targetDimension, boolean keyIndicator,
                          boolean higherIsBetter, String agencyNumber, YearMonth month, String gender, BigDecimal value,
                          BigDecimal changePercent, BigDecimal numerator, BigDecimal denominator, Text numeratorSeries,
                          Text denominatorSeries, Text reason, String numeratorCode, String denominatorCode,
                          String source, List<MonthlyRateView> monthlyRates) implements java.io.Serializable {
    }

    /**
     * One month of a mean-of-rates Kennzahl.
     *
     * @param ratePercent numerator × 100 / denominator
     */
    public record MonthlyRateView(YearMonth month, BigDecimal numerator, YearMonth denominatorMonth, BigDecimal denominator,
                                  BigDecimal ratePercent) implements java.io.Serializable {
    }

    /** One stored basis value, for drill-down: which vintage, from which source. */
    public record BasisValueView(String series, String seriesName, YearMonth month, String gender, YearMonth vintage,
                                 BigDecimal value, String source, boolean latest) implements java.io.Serializable {
    }

    /** One Kennzahl for all Jobcenters in a month, ranked (best first). */
    /** One month of a Kennzahl's time series; {@code value} null with the {@code reason} when not computable. */
    public record SeriesPoint(YearMonth month, BigDecimal value, Text reason) implements java.io.Serializable {
    }

    /** @param group the Vergleichstyp compared within; {@code null}: all Jobcenters */
    public record Comparison(String code, String name, YearMonth month, String gender, List<Rank> ranks, int notComputable,
                             String group) implements java.io.Serializable {
    }

    /** A Vergleichstyp with the Jobcenters assigned to it in the month asked for. */
    public record ComparisonTypeView(String code, String name, YearMonth validFrom, YearMonth validTo, long version,
                                     List<ComparisonMember> members) implements java.io.Serializable {
    }

    /** @param validTo {@code null}: open-ended */
    public record ComparisonMember(String agencyNumber, String name, YearMonth validFrom, YearMonth validTo) implements java.io.Serializable {
    }

    /** @param own whether this is the caller's Jobcenter */
    public record Rank(int rank, String agencyNumber, String name, BigDecimal value, boolean own) implements java.io.Serializable {
    }

    /**
     * The year's targets against the figures so far.
     *
     * @param plannedToDate     the target path's months January..m added up (or the annual target × m / 12 without a path)
     * @param attainmentPercent integrations so far / planned to date × 100
     * @param forecastIntegrations the year's integrations forecast from last year's seasonal profile
     * @param trafficLight      GRUEN, GELB or ROT (thresholds configurable); KEIN_ZIEL without a programme
     */
    public record TargetTracking(String agencyNumber, int year, YearMonth month, Integer plannedIntegrations,
                                 BigDecimal plannedRate, BigDecimal integrationsSoFar, Integer plannedToDate,
                                 BigDecimal attainmentPercent, BigDecimal yearToDateRate, Text yearToDateReason,
                                 BigDecimal forecastIntegrations, BigDecimal forecastAttainmentPercent, String trafficLight,
                                 BigDecimal lzbChangeTarget, BigDecimal lzbChangeSoFar, String lzbBasis, String lzbTrafficLight,
                                 List<GoalTracking> goals, List<GenderTracking> byGender) implements java.io.Serializable {
    }

    /** One month of the year's target path: integrations since January, planned to date, Jahresfortschrittswert. */
    public record PathPoint(YearMonth month, BigDecimal integrationsSoFar, Integer plannedToDate, BigDecimal yearToDateRate) implements java.io.Serializable {
    }

    /**
     * The integration target tracked for the total, women and men (in this order).
     *
     * @param plannedIntegrations the planned integrations of the gender (Zielvereinbarung)
     * @param plannedRate         the gender's Integrationsquote (K2) target of the Zielvereinbarung, {@code null} if none
     * @param attainmentPercent   integrations so far / planned to date, or (judged by quota) Jahresfortschrittswert /
     *                            quota due by the month
     * @param yearToDateRate      the gender's Jahresfortschrittswert of K2 ({@code yearToDateReason} when not computable)
     * @param plannedRateToDate   the quota due by the month: quota × share of the year due (target path, else m/12)
     * @param forecastRate        forecast integrations × 100 / the Jahresfortschrittswert's mean ELB stock
     * @param judgedBy            INTEGRATIONEN (planned integrations set), QUOTE (only the quota set) or KEIN_ZIEL
     * @param trafficLight        from the forecast's (else the year so far's) attainment; KEIN_ZIEL without a target
     */
    public record GenderTracking(String gender, Integer plannedIntegrations, BigDecimal plannedRate, BigDecimal integrationsSoFar,
                                 Integer plannedToDate, BigDecimal attainmentPercent, BigDecimal yearToDateRate,
                                 Text yearToDateReason, BigDecimal plannedRateToDate, BigDecimal forecastIntegrations,
                                 BigDecimal forecastRate, BigDecimal forecastAttainmentPercent, String judgedBy,
                                 String trafficLight) implements java.io.Serializable {
    }

    /**
     * A local or municipal goal of the programme that names a Kennzahl, checked in the month.
     *
     * @param met {@code null} when it cannot be checked ({@code reason} says why)
     */
    public record GoalTracking(String title, String kpiCode, String target, BigDecimal value, Text reason, Boolean met) implements java.io.Serializable {
    }

    /**
     * Every Kennzahl of the catalogue for every Jobcenter with figures in a month (published statistics);
     * a value is null where it is not computable.
     */
    public record NationalTable(YearMonth month, String gender, List<String> codes, List<NationalRow> rows) implements java.io.Serializable {
    }

    public record NationalRow(String agencyNumber, String name, List<BigDecimal> values) implements java.io.Serializable {
    }
}
