package de.leitstand.controlling.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One valid row of an import file, with its line for messages. */
public record ImportRow(long line, String agencyNumber, Series series, YearMonth month, Gender gender, YearMonth vintage,
                        BigDecimal value) {
}
