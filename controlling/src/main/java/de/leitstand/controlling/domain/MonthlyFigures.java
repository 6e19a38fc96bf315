package de.leitstand.controlling.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/** The basis figures of one Jobcenter and gender, in the data vintage asked for. */
@FunctionalInterface
public interface MonthlyFigures {

    Optional<BigDecimal> value(Series series, YearMonth month);
}
