package de.leitstand.controlling.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Error rates of one Prüffeld in one year: per month {@code Fehlerquote = fehlerhafte Fälle / geprüfte Fälle}
 * (in %), and the annual average (JDW) as the mean of the monthly rates of the months with audited cases
 * up to the month asked for — the figure seed 002 sets the threshold for ("durchschnittliche Fehlerquote
 * Ist im JDW < 5 %"). A month without audited cases has no rate and does not count in the average.
 */
public final class ErrorRates {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One audited case's month and outcome. */
    public record Outcome(LocalDate date, boolean faulty) {
    }

    /** A month's audited and faulty cases and its rate in % (null without cases). */
    public record Month(YearMonth month, int audited, int faulty, BigDecimal rate) {
    }

    private final List<Month> months;

    private ErrorRates(List<Month> months) {
        this.months = months;
    }

    /** The months January to {@code upTo} of {@code upTo}'s year; outcomes of other months are ignored. */
    public static ErrorRates of(List<Outcome> outcomes, YearMonth upTo) {
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= upTo.getMonthValue(); m++) {
            YearMonth month = YearMonth.of(upTo.getYear(), m);
            int audited = 0;
            int faulty = 0;
            for (Outcome o : outcomes) {
                if (YearMonth.from(o.date()).equals(month)) {
                    audited++;
                    if (o.faulty()) {
                        faulty++;
                    }
                }
            }
            BigDecimal rate = audited == 0 ? null
                    : BigDecimal.valueOf(faulty).multiply(HUNDRED).divide(BigDecimal.valueOf(audited), 4, RoundingMode.HALF_UP);
            months.add(new Month(month, audited, faulty, rate));
        }
        return new ErrorRates(months);
    }

    public List<Month> months() {
        return months;
    }

    /** The last month's figures. */
    public Month current() {
        return months.get(months.size() - 1);
    }

    /** The annual average (JDW) of the monthly rates so far, in % to four places; null when no case was audited. */
    public BigDecimal annualAverage() {
        List<BigDecimal> rates = months.stream().map(Month::rate).filter(r -> r != null).toList();
        if (rates.isEmpty()) {
            return null;
        }
        return rates.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(rates.size()), 4, RoundingMode.HALF_UP);
    }

    public int auditedSoFar() {
        return months.stream().mapToInt(Month::audited).sum();
    }

    public int faultySoFar() {
        return months.stream().mapToInt(Month::faulty).sum();
    }

    /** Whether the annual average reaches the threshold (the goal is to stay below it); false without either. */
    public boolean exceeds(BigDecimal threshold) {
        BigDecimal average = annualAverage();
        return threshold != null && average != null && average.compareTo(threshold) >= 0;
    }

    /** Audit density: cases audited so far against the planned minimum per month × months, in % (null without plan). */
    public BigDecimal densityPercent(int minimumPerMonth) {
        int planned = minimumPerMonth * months.size();
        return planned == 0 ? null
                : BigDecimal.valueOf(auditedSoFar()).multiply(HUNDRED).divide(BigDecimal.valueOf(planned), 1, RoundingMode.HALF_UP);
    }
}
