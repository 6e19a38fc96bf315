package de.leitstand.controlling.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A Kennzahl or Ergänzungsgröße of the ordinance as data: how it is computed, from which series,
 * with which lags, valid for which months (the ordinance changed in 2011 and 2019).
 *
 * @param denominatorLag months the denominator window lies before the numerator window (K2: 1, "Vormonate")
 * @param extraLag       months both windows lie before the reference month (K2E3: 6, continuity is known later)
 */
public record KpiDefinition(String code, String name, FormulaType formulaType, Series numerator, Series denominator,
                            int denominatorLag, int extraLag, int targetDimension, boolean keyIndicator,
                            boolean higherIsBetter, LocalDate validFrom, LocalDate validTo) {

    public boolean isValidIn(YearMonth month) {
        LocalDate day = month.atDay(1);
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
