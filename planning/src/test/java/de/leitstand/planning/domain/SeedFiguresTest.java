package de.leitstand.planning.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The figures of seed 002 (Elbe-Elster 2020), computed from their inputs, to the last digit. */
class SeedFiguresTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void budgetTableOfTheSeed() {
        BudgetFigures budget = new BudgetFigures(d("9069867"), d("8581009"), d("7129465"), d("7053067"),
                BudgetFigures.Kind.SCHAETZWERT, null);
        assertEquals(d("-488858"), budget.administration().difference());
        assertEquals(d("-5.4"), budget.administration().differencePercent());
        assertEquals(d("-76398"), budget.integration().difference());
        assertEquals(d("-1.1"), budget.integration().differencePercent());
        assertEquals(d("16199332"), budget.total().previous());
        assertEquals(d("15634076"), budget.total().current());
        assertEquals(d("-565256"), budget.total().difference());
        assertEquals(d("-3.5"), budget.total().differencePercent());
    }

    @Test
    void municipalShareOfAdministrativeCosts() {
        MunicipalShare share = new MunicipalShare(d("8581009"), FederalShare.LEGAL_DEFAULT);
        assertEquals(d("10119114"), share.totalAdministrativeCosts());
        assertEquals(d("1538105"), share.municipalAmount());
        assertEquals(d("15.2"), share.municipalSharePct());
        assertNull(new MunicipalShare(null, FederalShare.LEGAL_DEFAULT).municipalAmount());
    }

    @Test
    void integrationTargetImpliesTheAverageElbAndTheRelativeChange() {
        IntegrationTarget target = new IntegrationTarget(1141, d("23.4"), null, null, null, null, d("23.8"));
        assertEquals(d("4876"), target.impliedAverageElb());
        assertEquals(d("-1.7"), target.rateChangePercent(), "relative change, not percentage points");
        assertNull(new IntegrationTarget(1141, null, null, null, null, null, null).impliedAverageElb());
        assertNull(new IntegrationTarget(1141, d("0"), null, null, null, null, null).impliedAverageElb());
    }

    @Test
    void lzbTargetStock() {
        assertEquals(3767, new LzbTarget(d("-10.8"), LzbBasis.ANNUAL_AVERAGE, 4223).targetStock());
        assertEquals(1000, new LzbTarget(d("0"), LzbBasis.DECEMBER_STOCK, 1000).targetStock());
        assertNull(new LzbTarget(d("-10.8"), LzbBasis.ANNUAL_AVERAGE, null).targetStock());
    }

    @Test
    void roundingIsHalfUpWithOneDecimal() {
        assertEquals(d("0.1"), Amounts.percent(d("1"), d("2000")), "0,05 % rounds up");
        assertEquals(d("-0.1"), Amounts.percent(d("-1"), d("2000")), "half-up away from zero");
        assertEquals(d("0.0"), Amounts.percent(d("1"), d("2001")));
        assertNull(Amounts.percent(d("1"), BigDecimal.ZERO), "no division by zero");
        assertEquals(d("2"), Amounts.euros(d("1.50")));
    }

    @Test
    void targetPathFollowsTheProfileAndAddsUp() {
        List<Integer> path = TargetPath.distribute(1141, List.of(80, 95, 110, 115, 105, 100, 95, 110, 120, 115, 100, 55));
        assertEquals(List.of(76, 90, 105, 110, 100, 95, 90, 105, 114, 109, 95, 52), path);
        assertEquals(1141, path.stream().mapToInt(Integer::intValue).sum());
        assertEquals(List.of(2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), TargetPath.distribute(14, null), "even, remainder early");
        assertEquals(0, TargetPath.distribute(0, null).stream().mapToInt(Integer::intValue).sum());
        assertThrows(IllegalArgumentException.class, () -> TargetPath.distribute(-1, null));
    }

    @Test
    void caseloadAgainstTheLegalReference() {
        Programme programme = new Programme(new de.leitstand.kernel.api.AgencyNumber("03504"), 2020, null);
        programme.changeStaff(List.of(), List.of(new CaseloadLine.Data(CustomerGroup.UNDER_25, 620, d("8")),
                new CaseloadLine.Data(CustomerGroup.FROM_25, 4280, d("30"))));
        CaseloadLine young = programme.getCaseload().get(0);
        assertEquals(d("77.5"), young.customersPerStaff());
        assertEquals(true, young.exceedsReference());
        CaseloadLine older = programme.getCaseload().get(1);
        assertEquals(d("142.7"), older.customersPerStaff());
        assertEquals(false, older.exceedsReference());
    }

    @Test
    void allocationEstimateFromTheAnnexShares() {
        AllocationShare elbeElster = new AllocationShare(2022, "03504", d("0.1156"), d("0.1243"), d("0.1416"), d("0.1859"));
        assertEquals(d("4798000"), elbeElster.integrationEstimate(d("2000000000"), d("2000000000")));
        assertEquals(d("7080000"), elbeElster.administrationEstimate(d("5000000000")));
    }
}
