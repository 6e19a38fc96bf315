package de.leitstand.controlling.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Checks imported basis figures for plausibility (issue 11). A warning never blocks an import; it tells
 * the controller which month to look at before trusting it:
 * <ul>
 *   <li>{@code OUTLIER}: the value lies far outside the Jobcenter's own last 24 months of the series:
 *       robust z = 0,6745 × (value − median) / MAD above the threshold (default 3,5); at least
 *       {@value #MIN_HISTORY} earlier months are needed; with MAD 0 (a constant history) a deviation of more
 *       than 10 % of the median (and more than 1) is an outlier;</li>
 *   <li>{@code STOCK_FLOW}: ELB(t) differs from ELB(t−1) + ZUG_ELB(t) − ABG_ELB(t) by more than the tolerance
 *       (default 2 % of ELB(t−1)); the same for LZB with ZUG_LZB and ABG_LZB;</li>
 *   <li>{@code PART_EXCEEDS_WHOLE}: INT_LZB, INT_SVB or INT_AE above INT, KONT_BESCH or NACH_INT above
 *       INT_SVB, LZB or ELB_AE above ELB, LZB_AKTIV above LZB — or women + men ≠ total;</li>
 *   <li>{@code GAP}: a month missing inside a series (between the first stored month of the 24 before
 *       the import and the last imported month).</li>
 * </ul>
 */
public final class PlausibilityRules {

    /** Fewer earlier months than this: no outlier check. */
    public static final int MIN_HISTORY = 6;
    private static final int HISTORY = 24;
    private static final BigDecimal CONSISTENCY = new BigDecimal("0.6745");
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** Each part and the whole it belongs to. */
    private static final Map<Series, Series> WHOLE = new LinkedHashMap<>();

    static {
        WHOLE.put(Series.INT_LZB, Series.INT);
        WHOLE.put(Series.INT_SVB, Series.INT);
        WHOLE.put(Series.INT_AE, Series.INT);
        WHOLE.put(Series.KONT_BESCH, Series.INT_SVB);
        WHOLE.put(Series.NACH_INT, Series.INT_SVB);
        WHOLE.put(Series.LZB, Series.ELB);
        WHOLE.put(Series.ELB_AE, Series.ELB);
        WHOLE.put(Series.LZB_AKTIV, Series.LZB);
    }

    /** The rules' kinds. */
    public enum Rule { OUTLIER, STOCK_FLOW, PART_EXCEEDS_WHOLE, GENDER_SUM, GAP }

    /** A warning about one value (Jobcenter, series, month, gender). */
    public record Warning(String agencyNumber, Series series, YearMonth month, Gender gender, Rule rule, String message) {
    }

    /**
     * @param outlierThreshold  robust z above which a value is an outlier (e.g. 3,5)
     * @param stockFlowPercent  tolerance of the stock-flow check in percent of the previous month's stock (e.g. 2)
     */
    public record Settings(BigDecimal outlierThreshold, BigDecimal stockFlowPercent) {
    }

    private PlausibilityRules() {
    }

    /**
     * @param imported the rows of the import
     * @param stored   the stored figures (latest vintage, the import included) of a Jobcenter and gender
     *                 from a month to a month
     */
    public static List<Warning> check(List<ImportRow> imported, BiFunction<String, Gender, MonthlyFigures> stored, Settings settings) {
        Map<String, List<ImportRow>> byAgencyGender = new LinkedHashMap<>();
        for (ImportRow row : imported) {
            byAgencyGender.computeIfAbsent(row.agencyNumber() + "|" + row.gender(), k -> new ArrayList<>()).add(row);
        }
        Set<Warning> warnings = new LinkedHashSet<>();
        Map<String, MonthlyFigures> cache = new LinkedHashMap<>();
        byAgencyGender.forEach((key, rows) -> {
            String agency = rows.get(0).agencyNumber();
            Gender gender = rows.get(0).gender();
            MonthlyFigures figures = cache.computeIfAbsent(key, k -> stored.apply(agency, gender));
            java.util.TreeMap<YearMonth, Set<Series>> months = new java.util.TreeMap<>();
            Set<Series> series = EnumSet.noneOf(Series.class);
            for (ImportRow row : rows) {
                months.computeIfAbsent(row.month(), m -> EnumSet.noneOf(Series.class)).add(row.series());
                series.add(row.series());
                outlier(row, figures, settings).ifPresent(warnings::add);
            }
            // stock-flow and part-whole: only where the import brought one of the figures involved
            months.forEach((month, in) -> {
                if (in.contains(Series.ELB) || in.contains(Series.ZUG_ELB) || in.contains(Series.ABG_ELB)) {
                    stockFlow(agency, gender, month, Series.ELB, Series.ZUG_ELB, Series.ABG_ELB, figures, settings).ifPresent(warnings::add);
                }
                if (in.contains(Series.LZB) || in.contains(Series.ZUG_LZB) || in.contains(Series.ABG_LZB)) {
                    stockFlow(agency, gender, month, Series.LZB, Series.ZUG_LZB, Series.ABG_LZB, figures, settings).ifPresent(warnings::add);
                }
                WHOLE.forEach((part, whole) -> {
                    if (in.contains(part) || in.contains(whole)) {
                        partOfWhole(agency, gender, month, part, whole, figures).ifPresent(warnings::add);
                    }
                });
            });
            YearMonth first = months.firstKey();
            YearMonth last = months.lastKey();
            for (Series s : series) {
                gaps(agency, gender, s, first.minusMonths(HISTORY), last, figures, warnings);
            }
        });
        genderSums(imported, stored, cache, warnings);
        List<Warning> sorted = new ArrayList<>(warnings);
        sorted.sort(Comparator.comparing(Warning::agencyNumber).thenComparing(Warning::month).thenComparing(Warning::series)
                .thenComparing(Warning::gender).thenComparing(Warning::rule));
        return sorted;
    }

    static Optional<Warning> outlier(ImportRow row, MonthlyFigures figures, Settings settings) {
        List<BigDecimal> history = new ArrayList<>();
        for (int i = 1; i <= HISTORY; i++) {
            figures.value(row.series(), row.month().minusMonths(i)).ifPresent(history::add);
        }
        if (history.size() < MIN_HISTORY) {
            return Optional.empty();
        }
        BigDecimal median = median(history);
        List<BigDecimal> deviations = history.stream().map(v -> v.subtract(median).abs()).toList();
        BigDecimal mad = median(deviations);
        BigDecimal deviation = row.value().subtract(median);
        boolean outlier;
        String measure;
        if (mad.signum() == 0) {
            BigDecimal allowed = median.abs().multiply(new BigDecimal("0.1")).max(BigDecimal.ONE);
            outlier = deviation.abs().compareTo(allowed) > 0;
            measure = "die Reihe war in den Vormonaten konstant";
        } else {
            BigDecimal z = CONSISTENCY.multiply(deviation).divide(mad, PRECISION);
            outlier = z.abs().compareTo(settings.outlierThreshold()) > 0;
            measure = "robuster z-Wert " + z.setScale(1, RoundingMode.HALF_UP).toPlainString() + ", Schwelle "
                    + settings.outlierThreshold().toPlainString();
        }
        if (!outlier) {
            return Optional.empty();
        }
        return Optional.of(new Warning(row.agencyNumber(), row.series(), row.month(), row.gender(), Rule.OUTLIER,
                row.series().germanName() + " " + plain(row.value()) + " liegt weit außerhalb der eigenen letzten " + history.size()
                        + " Monate (Median " + plain(median) + ", MAD " + plain(mad) + "; " + measure + ")."));
    }

    static Optional<Warning> stockFlow(String agency, Gender gender, YearMonth month, Series stock, Series in, Series out,
                                       MonthlyFigures figures, Settings settings) {
        Optional<BigDecimal> now = figures.value(stock, month);
        Optional<BigDecimal> before = figures.value(stock, month.minusMonths(1));
        Optional<BigDecimal> inflow = figures.value(in, month);
        Optional<BigDecimal> outflow = figures.value(out, month);
        if (now.isEmpty() || before.isEmpty() || inflow.isEmpty() || outflow.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal expected = before.get().add(inflow.get()).subtract(outflow.get());
        BigDecimal difference = now.get().subtract(expected);
        BigDecimal tolerance = before.get().multiply(settings.stockFlowPercent()).divide(BigDecimal.valueOf(100), PRECISION);
        if (difference.abs().compareTo(tolerance) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Warning(agency, stock, month, gender, Rule.STOCK_FLOW, stock.name() + " " + plain(now.get())
                + " weicht von " + stock.name() + " des Vormonats + " + in.name() + " − " + out.name() + " = " + plain(expected)
                + " um " + plain(difference) + " ab (Toleranz " + plain(tolerance.setScale(0, RoundingMode.HALF_UP)) + ")."));
    }

    static Optional<Warning> partOfWhole(String agency, Gender gender, YearMonth month, Series part, Series whole, MonthlyFigures figures) {
        Optional<BigDecimal> p = figures.value(part, month);
        Optional<BigDecimal> w = figures.value(whole, month);
        if (p.isEmpty() || w.isEmpty() || p.get().compareTo(w.get()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Warning(agency, part, month, gender, Rule.PART_EXCEEDS_WHOLE, part.name() + " " + plain(p.get())
                + " ist größer als " + whole.name() + " " + plain(w.get()) + ", von dem es ein Teil ist."));
    }

    private static void gaps(String agency, Gender gender, Series series, YearMonth from, YearMonth to, MonthlyFigures figures,
                             Set<Warning> warnings) {
        YearMonth first = null;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (figures.value(series, m).isPresent()) {
                first = m;
                break;
            }
        }
        if (first == null) {
            return;
        }
        YearMonth last = null;
        for (YearMonth m = to; !m.isBefore(first); m = m.minusMonths(1)) {
            if (figures.value(series, m).isPresent()) {
                last = m;
                break;
            }
        }
        for (YearMonth m = first; last != null && m.isBefore(last); m = m.plusMonths(1)) {
            if (figures.value(series, m).isEmpty()) {
                warnings.add(new Warning(agency, series, m, gender, Rule.GAP, series.germanName() + ": der Monat " + m
                        + " fehlt zwischen " + first + " und " + last + "."));
            }
        }
    }

    private static void genderSums(List<ImportRow> imported, BiFunction<String, Gender, MonthlyFigures> stored,
                                   Map<String, MonthlyFigures> cache, Set<Warning> warnings) {
        Set<String> checked = new LinkedHashSet<>();
        for (ImportRow row : imported) {
            String key = row.agencyNumber() + "|" + row.series() + "|" + row.month();
            if (!checked.add(key)) {
                continue;
            }
            String agency = row.agencyNumber();
            Optional<BigDecimal> total = figures(cache, stored, agency, Gender.GESAMT).value(row.series(), row.month());
            Optional<BigDecimal> women = figures(cache, stored, agency, Gender.FRAUEN).value(row.series(), row.month());
            Optional<BigDecimal> men = figures(cache, stored, agency, Gender.MAENNER).value(row.series(), row.month());
            if (total.isEmpty() || women.isEmpty() || men.isEmpty()) {
                continue;
            }
            BigDecimal sum = women.get().add(men.get());
            BigDecimal tolerance = row.series().isMoney() ? new BigDecimal("0.02") : BigDecimal.ZERO;
            if (sum.subtract(total.get()).abs().compareTo(tolerance) > 0) {
                warnings.add(new Warning(agency, row.series(), row.month(), Gender.GESAMT, Rule.GENDER_SUM, row.series().name()
                        + ": Frauen " + plain(women.get()) + " + Männer " + plain(men.get()) + " = " + plain(sum) + " ≠ insgesamt "
                        + plain(total.get()) + "."));
            }
        }
    }

    private static MonthlyFigures figures(Map<String, MonthlyFigures> cache, BiFunction<String, Gender, MonthlyFigures> stored,
                                          String agency, Gender gender) {
        return cache.computeIfAbsent(agency + "|" + gender, k -> stored.apply(agency, gender));
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), PRECISION);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
