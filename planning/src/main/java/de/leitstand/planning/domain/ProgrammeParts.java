package de.leitstand.planning.domain;

import java.util.List;

/**
 * The parts of one programme version, as the programme keeps them in its lists: each replaced from its input in
 * place ({@link ProgrammePart#sync}), all copied into a revision, some carried over into the next year's programme.
 * Only {@link Programme} makes one, for the moment it changes its parts.
 */
record ProgrammeParts(Programme programme, List<Goal> goals, List<PlanLine> planLines, List<BudgetTransfer> transfers,
                      List<StaffLine> staffLines, List<CaseloadLine> caseload, List<Section> sections) {

    void replaceGoals(List<Goal.Data> data) {
        ProgrammePart.sync(goals, data, position -> new Goal(programme, position), Goal::update);
    }

    void replacePlanLines(List<PlanLine.Data> data) {
        ProgrammePart.sync(planLines, data, position -> new PlanLine(programme, position), PlanLine::update);
    }

    void replaceTransfers(List<BudgetTransfer.Data> data) {
        ProgrammePart.sync(transfers, data, position -> new BudgetTransfer(programme, position), BudgetTransfer::update);
    }

    void replaceStaff(List<StaffLine.Data> data) {
        ProgrammePart.sync(staffLines, data, position -> new StaffLine(programme, position), StaffLine::update);
    }

    void replaceCaseload(List<CaseloadLine.Data> data) {
        CaseloadLine.sync(programme, caseload, data);
    }

    void replaceSections(List<Section.Data> data) {
        ProgrammePart.sync(sections, data, position -> new Section(programme, position), Section::update);
    }

    /** A revision: every part as it is in the source version. */
    void copyFrom(ProgrammeParts source) {
        replaceGoals(source.goals.stream().map(Goal::data).toList());
        replacePlanLines(source.planLines.stream().map(PlanLine::data).toList());
        replaceTransfers(source.transfers.stream().map(BudgetTransfer::data).toList());
        replaceStaff(source.staffLines.stream().map(StaffLine::data).toList());
        replaceCaseload(source.caseload.stream().map(CaseloadLine::data).toList());
        replaceSections(source.sections.stream().map(Section::data).toList());
    }

    /** The next year's programme: the previous year's goals (to be agreed again), staff and chapters. */
    void carryOverFrom(ProgrammeParts previousYear) {
        replaceGoals(previousYear.goals.stream().map(g -> g.data().withStatus(GoalStatus.IN_ABSTIMMUNG)).toList());
        replaceSections(previousYear.sections.stream().map(Section::data).toList());
        replaceStaff(previousYear.staffLines.stream().map(StaffLine::data).toList());
    }
}
