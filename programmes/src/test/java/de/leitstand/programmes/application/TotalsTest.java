package de.leitstand.programmes.application;

import de.leitstand.programmes.api.ProgrammeViews.ParticipationView;
import de.leitstand.programmes.api.ProgrammeViews.Totals;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TotalsTest {

    private static ParticipationView row(int year, int integrations, String spent) {
        return new ParticipationView(year, "26706", "Rotenburg (Wümme)", year, null, spent == null ? null : new BigDecimal(spent),
                null, 100, null, integrations, integrations - 10, 5, 2, 3, null, null, null, true, false, 0);
    }

    @Test
    void rotenburgsIntegrationsAddUpTo748() {
        Totals totals = PactViews.totals(List.of(row(2011, 118, "100000"), row(2012, 152, "100000"), row(2013, 166, "100000"),
                row(2014, 149, "100000"), row(2015, 163, "100000")));
        assertEquals(748, totals.integrations());
        assertEquals(500, totals.activations());
        assertEquals(698, totals.integrationsInsured());
        assertEquals(15, totals.marginalEmployment(), "reported separately");
        assertEquals(new BigDecimal("668.45"), totals.costPerIntegration());
    }

    @Test
    void totalsOfNothing() {
        Totals totals = PactViews.totals(List.of());
        assertEquals(0, totals.integrations());
        assertEquals(null, totals.budgetSpent());
        assertEquals(null, totals.costPerIntegration());
    }
}
