package de.leitstand.planning.application;

import de.leitstand.kernel.api.Text;
import de.leitstand.planning.api.ProgrammeInputs;
import de.leitstand.planning.domain.BudgetFigures;
import de.leitstand.planning.domain.BudgetTransfer;
import de.leitstand.planning.domain.CaseloadLine;
import de.leitstand.planning.domain.CustomerGroup;
import de.leitstand.planning.domain.Employer;
import de.leitstand.planning.domain.InstrumentCategory;
import de.leitstand.planning.domain.IntegrationTarget;
import de.leitstand.planning.domain.LzbBasis;
import de.leitstand.planning.domain.LzbTarget;
import de.leitstand.planning.domain.PlanLine;
import de.leitstand.planning.domain.Programme;
import de.leitstand.planning.domain.StaffFunction;
import de.leitstand.planning.domain.StaffLine;

import java.util.List;
import java.util.function.Consumer;

/**
 * The inputs of the programme editor's tabs as changes of a programme: the same change is applied to the
 * stored version ({@code change…}) and to a scratch copy for the preview ({@code preview…}).
 */
final class ProgrammeChanges {

    private ProgrammeChanges() {
    }

    static Consumer<Programme> targets(ProgrammeInputs.Targets input) {
        return p -> p.changeTargets(
                new IntegrationTarget(input.integrations(), input.integrationRate(), input.integrationsWomen(),
                        input.integrationsMen(), input.integrationRateWomen(), input.integrationRateMen(),
                        input.previousYearRate()),
                new LzbTarget(input.lzbChangePercent(), Inputs.parse(LzbBasis.class, input.lzbBasis(), "lzbBasis",
                        Text.of("planning.WHAT_DIE_LZB_BASIS")), input.lzbBaseline()));
    }

    static Consumer<Programme> budget(ProgrammeInputs.Budget input) {
        BudgetFigures figures = new BudgetFigures(input.administrationPrevious(), input.administrationCurrent(),
                input.integrationPrevious(), input.integrationCurrent(),
                Inputs.parse(BudgetFigures.Kind.class, input.kind(), "kind", Text.of("planning.WHAT_DIE_ART_DER_BETRAEGE")), input.stand());
        List<BudgetTransfer.Data> transfers = input.transfers().stream()
                .map(t -> new BudgetTransfer.Data(t.date(), t.amount(), Inputs.trimToNull(t.note()))).toList();
        List<PlanLine.Data> lines = input.planLines().stream().map(l -> new PlanLine.Data(
                Inputs.require(InstrumentCategory.class, l.category(), "category", Text.of("planning.WHAT_DIE_INSTRUMENTENKATEGORIE")),
                l.amount(), l.plannedEntries(), l.demoValue(), Inputs.trimToNull(l.note()))).toList();
        return p -> p.changeBudget(figures, transfers, lines, input.spendingProfile());
    }

    static Consumer<Programme> staff(ProgrammeInputs.Staff input) {
        List<StaffLine.Data> lines = input.lines().stream().map(l -> new StaffLine.Data(
                Inputs.require(Employer.class, l.employer(), "employer", Text.of("planning.WHAT_DER_ARBEITGEBER")),
                Inputs.require(StaffFunction.class, l.function(), "function", Text.of("planning.WHAT_DIE_FUNKTION")), l.capacity())).toList();
        List<CaseloadLine.Data> caseload = input.caseload().stream().map(c -> new CaseloadLine.Data(
                Inputs.require(CustomerGroup.class, c.group(), "group", Text.of("planning.WHAT_DIE_ALTERSGRUPPE")), c.customers(), c.staff())).toList();
        if (caseload.stream().map(CaseloadLine.Data::group).distinct().count() < caseload.size()) {
            throw new de.leitstand.kernel.api.ValidationException("CASELOAD_DUPLICATE", "caseload",
                    Text.of("planning.CASELOAD_DUPLICATE"));
        }
        return p -> p.changeStaff(lines, caseload);
    }
}
