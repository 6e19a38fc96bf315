package de.leitstand.controlling.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One version of a Kennzahl or Ergänzungsgröße of the ordinance as data: how it is computed, from which
 * series, with which lags, for which reference months, and which version of the ordinance defines it.
 * A code can have several versions with disjoint validity (K2E3 before and from 2019).
 *
 * @param denominatorLag months the denominator window lies before the numerator window (K2: 1, "Vormonate")
 * @param extraLag       months both windows lie before the reference month (K2E3: 6, continuity is known later)
 * @param validFrom      first day of the first reference month this version applies to; {@code null}: from the start
 * @param validTo        last day of the last reference month; {@code null}: open-ended
 * @param source         the version of the ordinance (with its Bundesgesetzblatt reference) that defines it
 */
public record KpiDefinition(String code, String name, FormulaType formulaType, Series numerator, Series denominator,
                            int denominatorLag, int extraLag, int targetDimension, boolean keyIndicator,
                            boolean higherIsBetter, LocalDate validFrom, LocalDate validTo, String source) {

    public boolean isValidIn(YearMonth month) {
        LocalDate day = month.atDay(1);
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** @return the stable key of this version: code and first month ("K2E3@2019-01", "K2E3@" when open at the start) */
    public String versionKey() {
        return code + "@" + (validFrom == null ? "" : YearMonth.from(validFrom));
    }

    /** @return how many months before the reference month the oldest input lies (0 = the reference month) */
    public int lookBackMonths() {
        return switch (formulaType) {
            case YOY_RATIO -> 12;
            case STOCK_SHARE -> 0;
            default -> extraLag + denominatorLag + 11;
        };
    }
}
