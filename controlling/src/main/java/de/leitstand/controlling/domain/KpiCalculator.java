package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.Text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Computes the § 48a Kennzahlen exactly as the ordinance defines them (§ 2 VO: quotients of a numerator
 * and a denominator, expressed in percent; domain.md § 1.3 for each formula). A missing input or a zero
 * denominator makes the value "nicht berechenbar" with the reason; it is never shown as 0.
 */
public final class KpiCalculator {

    static final int SCALE = 4;
    /** Decimals of a monthly rate in percent (mean-of-rates figures). */
    static final int RATE_SCALE = 8;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final MathContext PRECISION = MathContext.DECIMAL64;
    /** Why a ratio is not computable when its denominator is 0. */
    static final Text DENOMINATOR_ZERO = Text.of("controlling.DENOMINATOR_ZERO");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private KpiCalculator() {
    }

    public static KpiResult compute(KpiDefinition kpi, MonthlyFigures figures, YearMonth month) {
        if (!kpi.isValidIn(month)) {
            return KpiResult.notComputable(Text.of("controlling.KPI_NOT_DEFINED", kpi.code(), MONTH.format(month)));
        }
        try {
            return switch (kpi.formulaType()) {
                case YOY_RATIO -> ratio(value(figures, kpi.numerator(), month), value(figures, kpi.numerator(), month.minusMonths(12)));
                case STOCK_SHARE -> ratio(value(figures, kpi.numerator(), month), value(figures, kpi.denominator(), month));
                case ROLLING12_SUM_OVER_AVG -> {
                    YearMonth end = month.minusMonths(kpi.extraLag());
                    BigDecimal sum = sum(figures, kpi.numerator(), end);
                    BigDecimal average = sum(figures, kpi.denominator(), end.minusMonths(kpi.denominatorLag()))
                            .divide(TWELVE, PRECISION);
                    yield ratio(sum, average);
                }
                case ROLLING12_SUM_RATIO -> {
                    YearMonth end = month.minusMonths(kpi.extraLag());
                    yield ratio(sum(figures, kpi.numerator(), end), sum(figures, kpi.denominator(), end.minusMonths(kpi.denominatorLag())));
                }
                case AVG12_OF_MONTHLY_RATES -> averageOfRates(kpi, figures, month.minusMonths(kpi.extraLag()));
            };
        } catch (MissingInput missing) {
            return KpiResult.notComputable(missing.text());
        }
    }

    /**
     * Mean of the twelve monthly rates. The numerator is the sum of the rates in percent (eight decimals),
     * the denominator the number of months, so that numerator / denominator is the value.
     */
    private static KpiResult averageOfRates(KpiDefinition kpi, MonthlyFigures figures, YearMonth end) {
        BigDecimal ratesPercent = BigDecimal.ZERO;
        List<KpiResult.MonthlyRate> monthly = new ArrayList<>(12);
        for (int i = 11; i >= 0; i--) {
            YearMonth m = end.minusMonths(i);
            YearMonth stockMonth = m.minusMonths(kpi.denominatorLag());
            BigDecimal flow = value(figures, kpi.numerator(), m);
            BigDecimal stock = value(figures, kpi.denominator(), stockMonth);
            if (stock.signum() == 0) {
                return KpiResult.notComputable(Text.of("controlling.DENOMINATOR_ZERO_OF", kpi.denominator().text(),
                        MONTH.format(stockMonth)));
            }
            BigDecimal rate = flow.multiply(HUNDRED).divide(stock, RATE_SCALE, RoundingMode.HALF_UP);
            monthly.add(new KpiResult.MonthlyRate(m, flow, stockMonth, stock, rate));
            ratesPercent = ratesPercent.add(rate);
        }
        BigDecimal value = ratesPercent.divide(TWELVE, SCALE, RoundingMode.HALF_UP);
        return new KpiResult(value, ratesPercent, TWELVE, null, List.copyOf(monthly));
    }

    private static KpiResult ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return new KpiResult(null, numerator, denominator, DENOMINATOR_ZERO);
        }
        BigDecimal value = numerator.multiply(HUNDRED).divide(denominator, SCALE, RoundingMode.HALF_UP);
        return new KpiResult(value, numerator, denominator.stripTrailingZeros().scale() > SCALE
                ? denominator.setScale(SCALE, RoundingMode.HALF_UP) : denominator, null);
    }

    /** @return the sum of the twelve months ending with {@code end} */
    private static BigDecimal sum(MonthlyFigures figures, Series series, YearMonth end) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 11; i >= 0; i--) {
            total = total.add(value(figures, series, end.minusMonths(i)));
        }
        return total;
    }

    static BigDecimal value(MonthlyFigures figures, Series series, YearMonth month) {
        Optional<BigDecimal> value = figures.value(series, month);
        return value.orElseThrow(() -> new MissingInput(Text.of("controlling.INPUT_MISSING", series.text().capitalized(), MONTH.format(month))));
    }

    /** An input the formula needs is not there. */
    static final class MissingInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final Text text;

        MissingInput(Text text) {
            super(text.german(), null, false, false);
            this.text = text;
        }

        Text text() {
            return text;
        }
    }
}
