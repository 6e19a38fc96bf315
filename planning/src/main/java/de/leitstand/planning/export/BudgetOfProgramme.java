package de.leitstand.planning.export;

import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.export.ExportParameters;
import de.leitstand.planning.api.ProgrammePlanning;
import de.leitstand.planning.api.ProgrammeView;

/** The budget tables' common start: the programme named by {@code programme}, refused while it has no budget. */
final class BudgetOfProgramme {

    private BudgetOfProgramme() {
    }

    static ProgrammeView read(ProgrammePlanning planning, ExportParameters p) {
        ProgrammeView programme = planning.get(p.id("programme"));
        if (programme.budget() == null) {
            throw new NotFoundException("BUDGET_NOT_FOUND", Text.of("planning.BUDGET_NOT_FOUND"));
        }
        return programme;
    }
}
