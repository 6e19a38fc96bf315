package de.leitstand.controlling.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every reason a computed Kennzahl can differ from the published one. */
class ReconciliationTest {

    private static PublishedValue published(String value, String numerator, String denominator) {
        return new PublishedValue(new PublishedRow(2, "03504", YearMonth.of(2020, 12), Gender.GESAMT, "K2", new BigDecimal(value),
                numerator == null ? null : new BigDecimal(numerator), denominator == null ? null : new BigDecimal(denominator),
                YearMonth.of(2021, 4)));
    }

    private static KpiResult computed(String value, String numerator, String denominator) {
        return new KpiResult(new BigDecimal(value), new BigDecimal(numerator), new BigDecimal(denominator), null);
    }

    @Test
    void equalValuesMatch() {
        Reconciliation.Outcome outcome = Reconciliation.compare(computed("24.0000", "1200", "5000"), null, published("24,0".replace(',', '.'), "1200", "5000"));
        assertEquals(Reconciliation.Status.MATCH, outcome.status());
        assertEquals(0, outcome.difference().signum());
        assertFalse(outcome.status().differs());
    }

    @Test
    void aValueThatRoundsToThePublishedOneIsRounding() {
        Reconciliation.Outcome outcome = Reconciliation.compare(computed("23.4567", "1185", "5051.6667"), null, published("23.5", null, null));
        assertEquals(Reconciliation.Status.ROUNDING, outcome.status());
        assertEquals(new BigDecimal("-0.0433"), outcome.difference());
        assertFalse(outcome.status().differs());
        // 23,4499 rounds to 23,4: not the published 23,5
        assertEquals(Reconciliation.Status.DIFFERENT,
                Reconciliation.compare(computed("23.4499", "1185", "5051.6667"), null, published("23.5", null, null)).status());
    }

    @Test
    void missingBasisFiguresAreNamed() {
        Reconciliation.Outcome outcome = Reconciliation.compare(KpiResult.notComputable(de.leitstand.kernel.api.Text.of("controlling.INPUT_MISSING", "Integrationen", "03/2020")), null,
                published("24.0", "1200", "5000"));
        assertEquals(Reconciliation.Status.MISSING_INPUT, outcome.status());
        assertNull(outcome.difference());
        assertEquals("Es fehlt Integrationen für 03/2020.", outcome.reason().german());
        assertTrue(outcome.status().differs());
    }

    @Test
    void theVintageOfThePublicationExplainsARevision() {
        Reconciliation.Outcome outcome = Reconciliation.compare(computed("25.2000", "1260", "5000"), computed("24.0000", "1200", "5000"),
                published("24.0", "1200", "5000"));
        assertEquals(Reconciliation.Status.OTHER_VINTAGE, outcome.status());
        assertEquals(new BigDecimal("1.2000"), outcome.difference());
        assertTrue(outcome.reason().german().contains("04/2021"), outcome.reason().german());
    }

    @Test
    void anUnexplainedDifferenceNamesNumeratorAndDenominator() {
        Reconciliation.Outcome outcome = Reconciliation.compare(computed("12.0000", "600", "5000"), computed("12.0000", "600", "5000"),
                published("13.0", "650", "5000"));
        assertEquals(Reconciliation.Status.DIFFERENT, outcome.status());
        assertEquals("Berechnet und veröffentlicht weichen ab; Zähler 600 statt 650.", outcome.reason().german());
        assertEquals("Computed and published differ; numerator 600 instead of 650.", outcome.reason().in(java.util.Locale.ENGLISH));
        assertEquals("Abweichung ungeklärt", outcome.status().label());
        assertEquals("difference unexplained", outcome.status().text().in(java.util.Locale.ENGLISH));
        assertEquals(Reconciliation.Status.NOT_PUBLISHED, Reconciliation.compare(computed("12.0000", "600", "5000"), null, null).status());
    }
}
