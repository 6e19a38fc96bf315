package de.leitstand.planning.api;

import java.util.List;

/**
 * The programme use cases. Reading: every role of the Jobcenter (GREMIUM included). Preparing and
 * changing drafts: CONTROLLING and GESCHAEFTSFUEHRUNG. Agreeing: GESCHAEFTSFUEHRUNG only. Everything
 * is scoped to the caller's Jobcenter; a refused request changes nothing.
 */
public interface ProgrammePlanning {

    /** @param agencyNumber {@code null} for the caller's own (ADMIN: all) */
    List<ProgrammeSummary> list(String agencyNumber, Integer year);

    ProgrammeView get(long id);

    /** @return the current version of the Jobcenter's programme for the year, if any */
    java.util.Optional<ProgrammeView> current(String agencyNumber, int year);

    /**
     * @return what target tracking needs of the current version (targets, target path, goals), without the
     *         budget, staff and chapters that {@link #current} also loads
     */
    java.util.Optional<ProgrammeView.Steering> currentSteering(String agencyNumber, int year);

    /** Starts the year's programme; goals, staff and chapters come from the previous year's, if any. */
    ProgrammeView create(String agencyNumber, ProgrammeInputs.NewProgramme input);

    ProgrammeView changeTargets(long id, ProgrammeInputs.Targets input);

    ProgrammeView changeGoals(long id, ProgrammeInputs.Goals input);

    ProgrammeView changeTargetPath(long id, ProgrammeInputs.TargetPath input);

    /** @return the default path: the previous year's monthly profile scaled to the target, else even */
    List<Integer> proposeTargetPath(long id);

    ProgrammeView changeBudget(long id, ProgrammeInputs.Budget input);

    /** The targets' derived figures for unsaved input (for totals that update while typing); saves nothing. */
    ProgrammeView.Targets previewTargets(long id, ProgrammeInputs.Targets input);

    /** The budget's derived figures for unsaved input; saves nothing. */
    ProgrammeView.Budget previewBudget(long id, ProgrammeInputs.Budget input);

    /** The staff totals and caseload ratios for unsaved input; saves nothing. */
    ProgrammeView.Staff previewStaff(long id, ProgrammeInputs.Staff input);

    ProgrammeView changeStaff(long id, ProgrammeInputs.Staff input);

    ProgrammeView changeSections(long id, ProgrammeInputs.Sections input);

    ProgrammeView submit(long id, ProgrammeInputs.Step input);

    ProgrammeView returnToDraft(long id, ProgrammeInputs.Step input);

    ProgrammeView agree(long id, ProgrammeInputs.Agreement input);

    /** Revises the current agreed version into a new version with a reason. */
    ProgrammeView revise(long id, ProgrammeInputs.Revision input);

    /** @return the accepted values of every choice in the inputs */
    Catalogue catalogue();

    /** Two versions side by side, field by field. */
    ProgrammeComparison compare(long leftId, long rightId);
}
