package de.leitstand.controlling.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorRatesTest {

    private static List<ErrorRates.Outcome> month(int year, int month, int audited, int faulty) {
        List<ErrorRates.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < audited; i++) {
            outcomes.add(new ErrorRates.Outcome(LocalDate.of(year, month, 1 + i % 28), i < faulty));
        }
        return outcomes;
    }

    @Test
    void theAnnualAverageIsTheMeanOfTheMonthlyRatesNotThePooledRate() {
        List<ErrorRates.Outcome> outcomes = new ArrayList<>();
        outcomes.addAll(month(2020, 1, 2, 1));   // 50 %
        outcomes.addAll(month(2020, 2, 20, 0));  // 0 %
        ErrorRates rates = ErrorRates.of(outcomes, YearMonth.of(2020, 2));
        assertEquals(new BigDecimal("50.0000"), rates.months().get(0).rate());
        assertEquals(new BigDecimal("0.0000"), rates.current().rate());
        assertEquals(new BigDecimal("25.0000"), rates.annualAverage(), "pooled would be 1/22 = 4,5 %");
        assertEquals(22, rates.auditedSoFar());
        assertEquals(1, rates.faultySoFar());
    }

    @Test
    void aMonthWithoutCasesHasNoRateAndDoesNotCount() {
        List<ErrorRates.Outcome> outcomes = new ArrayList<>(month(2020, 1, 10, 1));
        outcomes.addAll(month(2020, 3, 10, 0));
        outcomes.addAll(month(2019, 12, 10, 10));  // the previous year does not count
        ErrorRates rates = ErrorRates.of(outcomes, YearMonth.of(2020, 3));
        assertNull(rates.months().get(1).rate());
        assertEquals(new BigDecimal("5.0000"), rates.annualAverage());
        assertNull(ErrorRates.of(List.of(), YearMonth.of(2020, 3)).annualAverage());
    }

    @Test
    void reachingTheThresholdExceedsItBecauseTheGoalIsToStayBelow() {
        ErrorRates rates = ErrorRates.of(month(2020, 1, 20, 1), YearMonth.of(2020, 1)); // 5 %
        assertTrue(rates.exceeds(new BigDecimal("5")));
        assertFalse(rates.exceeds(new BigDecimal("5.01")));
        assertFalse(rates.exceeds(null));
    }

    @Test
    void theDensityComparesCasesSoFarWithTheMinimumTimesTheMonths() {
        ErrorRates rates = ErrorRates.of(month(2020, 1, 10, 0), YearMonth.of(2020, 2));
        assertEquals(new BigDecimal("50.0"), rates.densityPercent(10));
        assertNull(rates.densityPercent(0));
    }
}
