package de.leitstand.controlling.api;

import java.time.YearMonth;
import java.util.List;

/**
 * The Fachaufsicht of a Jobcenter: Prüffelder, the yearly risk-based audit plan, audited cases, error
 * rates against thresholds, findings and corrective actions with their follow-up check. Only FACHAUFSICHT
 * changes anything; Geschäftsführung, Controlling and Gremium read; everything is the own Jobcenter's
 * (ADMIN reads all). {@code agencyNumber} null means the caller's own Jobcenter.
 */
public interface SupervisionApi {

    List<SupervisionViews.AreaView> areas(String agencyNumber);

    SupervisionViews.AreaView saveArea(String agencyNumber, SupervisionViews.AreaChange change);

    List<SupervisionViews.PlanLineView> plan(String agencyNumber, int year);

    /** Creates or changes the plan line of a Prüffeld for a year (one per Prüffeld and year). */
    SupervisionViews.PlanLineView savePlanLine(String agencyNumber, int year, SupervisionViews.PlanLineChange change);

    SupervisionViews.CaseView recordCase(String agencyNumber, SupervisionViews.NewCase audited);

    /** The cases audited in a month, newest first. */
    List<SupervisionViews.CaseView> cases(String agencyNumber, YearMonth month);

    SupervisionViews.Overview overview(String agencyNumber, YearMonth month);

    List<SupervisionViews.FindingView> findings(String agencyNumber);

    SupervisionViews.FindingView addFinding(String agencyNumber, SupervisionViews.NewFinding finding);

    SupervisionViews.ActionView addAction(Long findingId, SupervisionViews.NewAction action);

    /** The owner reports the action done; {@code version} guards against lost updates. */
    SupervisionViews.ActionView reportDone(Long actionId, Long version);

    SupervisionViews.ActionView followUp(Long actionId, SupervisionViews.FollowUp check);

    /** Corrective actions not closed whose due date has passed (today). */
    List<SupervisionViews.ActionView> overdueActions(String agencyNumber);
}
