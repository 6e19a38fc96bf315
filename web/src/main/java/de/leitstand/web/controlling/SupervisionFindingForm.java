package de.leitstand.web.controlling;

import de.leitstand.controlling.api.SupervisionApi;
import de.leitstand.controlling.api.SupervisionViews;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;

/** The Fachaufsicht's forms of the tab "Feststellungen und Maßnahmen": a finding, its action, done, the follow-up check. */
@Named
@ViewScoped
public class SupervisionFindingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionBean page;

    @Inject
    SupervisionApi supervision;

    private Long findingArea;
    private LocalDate findingDate;
    private String findingText;
    private Long actionFinding;
    private String actionText;
    private String actionOwner;
    private LocalDate actionDue;
    private Long followUpAction;
    private LocalDate followUpDate;
    private String followUpResult;
    private boolean followUpEffective = true;
    private LocalDate followUpNewDue;

    public void addFinding() {
        if (UiErrors.attempt(() -> supervision.addFinding(page.agency(), new SupervisionViews.NewFinding(findingArea, findingDate, findingText)))) {
            UiTexts.info("notice.supervision.feststellungErfasst");
            findingText = null;
            page.load();
        }
    }

    public void addAction() {
        if (UiErrors.attempt(() -> supervision.addAction(actionFinding, new SupervisionViews.NewAction(actionText, actionOwner, actionDue)))) {
            UiTexts.info("notice.supervision.massnahmeAngelegt");
            actionText = null;
            page.load();
        }
    }

    public void reportDone(SupervisionViews.ActionView action) {
        if (UiErrors.attempt(() -> supervision.reportDone(action.id(), action.version()))) {
            UiTexts.info("notice.supervision.massnahmeAlsUmgesetzt");
            page.load();
        }
    }

    public void followUp() {
        Long version = page.getFindings().stream().flatMap(f -> f.actions().stream()).filter(a -> a.id().equals(followUpAction))
                .map(SupervisionViews.ActionView::version).findFirst().orElse(null);
        if (UiErrors.attempt(() -> supervision.followUp(followUpAction, new SupervisionViews.FollowUp(followUpDate, followUpResult,
                followUpEffective, followUpNewDue, version)))) {
            UiTexts.info(followUpEffective ? "notice.supervision.nachpruefungAbgeschlossen" : "notice.supervision.nachpruefungWiederOffen");
            followUpResult = null;
            followUpNewDue = null;
            page.load();
        }
    }

    public Long getFindingArea() { return findingArea; }
    public void setFindingArea(Long v) { findingArea = v; }
    public LocalDate getFindingDate() { return findingDate; }
    public void setFindingDate(LocalDate v) { findingDate = v; }
    public String getFindingText() { return findingText; }
    public void setFindingText(String v) { findingText = v; }
    public Long getActionFinding() { return actionFinding; }
    public void setActionFinding(Long v) { actionFinding = v; }
    public String getActionText() { return actionText; }
    public void setActionText(String v) { actionText = v; }
    public String getActionOwner() { return actionOwner; }
    public void setActionOwner(String v) { actionOwner = v; }
    public LocalDate getActionDue() { return actionDue; }
    public void setActionDue(LocalDate v) { actionDue = v; }
    public Long getFollowUpAction() { return followUpAction; }
    public void setFollowUpAction(Long v) { followUpAction = v; }
    public LocalDate getFollowUpDate() { return followUpDate; }
    public void setFollowUpDate(LocalDate v) { followUpDate = v; }
    public String getFollowUpResult() { return followUpResult; }
    public void setFollowUpResult(String v) { followUpResult = v; }
    public boolean isFollowUpEffective() { return followUpEffective; }
    public void setFollowUpEffective(boolean v) { followUpEffective = v; }
    public LocalDate getFollowUpNewDue() { return followUpNewDue; }
    public void setFollowUpNewDue(LocalDate v) { followUpNewDue = v; }
}
