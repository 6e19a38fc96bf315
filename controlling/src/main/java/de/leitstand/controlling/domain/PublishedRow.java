package de.leitstand.controlling.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One line of a file of published Kennzahlen: value in percent as the ordinance defines it (for the
 * "Veränderung" figures the quotient, e.g. 98,6), numerator and denominator where published.
 */
public record PublishedRow(long line, String agencyNumber, YearMonth month, Gender gender, String code, BigDecimal value,
                           BigDecimal numerator, BigDecimal denominator, YearMonth vintage) {
}
