package de.leitstand.controlling.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Structure figures of the Jobcenters: imported and entered like the basis figures (only CONTROLLING,
 * own Jobcenter; a file with any error is refused whole), read by everyone logged in (published
 * statistics) and by reporting for the programme document. {@code agencyNumber} null: the own Jobcenter.
 */
public interface StructureApi {

    List<StructureViews.FigureView> figures();

    StructureViews.ImportResult importFigures(byte[] csv, YearMonth vintage);

    /** Enters or corrects one value by hand, with the rules of the import. */
    StructureViews.ImportResult enter(String agencyNumber, String figure, String period, String category, String ageGroup,
                                      BigDecimal value, YearMonth vintage);

    /**
     * The periods with stored values of a figure of the Jobcenter, newest first (JJJJ for annual averages, JJJJ-MM for
     * months): what the structure page's pickers offer.
     */
    List<String> periods(String agencyNumber, String figure);

    /** ELB by Integrationsprognose and age group of a period (a year for the JDW, or a month). */
    StructureViews.Table prognosis(String agencyNumber, String period);

    /** Employed ELB by income band in a month with the change to the same month a year before. */
    StructureViews.Table employment(String agencyNumber, YearMonth month);

    /** Unemployed in SGB II (shares of the total) and the SGB II unemployment rate in a month. */
    StructureViews.Table unemployment(String agencyNumber, YearMonth month);

    /**
     * A figure split by legal sphere ({@code ALO_RK} shares of groups of unemployed, {@code UB} components of
     * underemployment) for a month: one row per category, the values in {@code byAge} under SGB2 and SGB3.
     */
    StructureViews.Table byLegalSphere(String agencyNumber, String figure, YearMonth month);

    /** Employees by industry ({@code SVB_WZ}) in a month: value = change to the same month a year before. */
    StructureViews.Table industries(String agencyNumber, YearMonth month);

    /** ELB and Bedarfsgemeinschaften as annual averages, year by year (at most 30 years). */
    List<StructureViews.AnnualAverage> annualAverages(String agencyNumber, int fromYear, int toYear);

    /** Every stored structure value of a period with all vintages. */
    List<StructureViews.StoredValue> values(String agencyNumber, String period);
}
