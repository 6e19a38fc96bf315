package de.leitstand.web.controlling;

import de.leitstand.controlling.api.SteeringApi;
import de.leitstand.controlling.api.SteeringViews;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The steering page's forms of the target review dialogues: a dialogue held, a steering action agreed in it, and done. */
@Named
@ViewScoped
public class SteeringReviewForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SteeringBean page;

    @Inject
    SteeringApi steering;

    private LocalDate reviewDate;
    private String reviewMonth;
    private String reviewParticipants;
    private String reviewAssessment;
    private String reviewCodes;
    private Long actionReview;
    private String actionText;
    private String actionOwner;
    private LocalDate actionDue;

    public void recordReview() {
        List<String> codes = reviewCodes == null || reviewCodes.isBlank() ? List.of()
                : Arrays.stream(reviewCodes.split("[,; ]+")).filter(c -> !c.isBlank()).toList();
        if (UiErrors.attempt(() -> steering.recordReview(page.agency(), new SteeringViews.NewReview(reviewDate,
                reviewMonth == null || reviewMonth.isBlank() ? null : SteeringBean.parse(reviewMonth), reviewParticipants,
                reviewAssessment, codes)))) {
            UiTexts.info("notice.steering.zielnachhaltedialogMitDem");
            reviewAssessment = null;
            page.load();
        }
    }

    public void addAction() {
        if (UiErrors.attempt(() -> steering.addSteeringAction(actionReview, new SteeringViews.NewSteeringAction(actionText, actionOwner, actionDue)))) {
            UiTexts.info("notice.steering.steuerungsmassnahmeVereinbart");
            actionText = null;
            page.load();
        }
    }

    public void complete(SteeringViews.SteeringActionView action) {
        if (UiErrors.attempt(() -> steering.completeSteeringAction(action.id(), action.version()))) {
            UiTexts.info("notice.steering.steuerungsmassnahmeErledigt");
            page.load();
        }
    }

    public LocalDate getReviewDate() { return reviewDate; }
    public void setReviewDate(LocalDate v) { reviewDate = v; }
    public String getReviewMonth() { return reviewMonth; }
    public void setReviewMonth(String v) { reviewMonth = v; }
    public String getReviewParticipants() { return reviewParticipants; }
    public void setReviewParticipants(String v) { reviewParticipants = v; }
    public String getReviewAssessment() { return reviewAssessment; }
    public void setReviewAssessment(String v) { reviewAssessment = v; }
    public String getReviewCodes() { return reviewCodes; }
    public void setReviewCodes(String v) { reviewCodes = v; }
    public Long getActionReview() { return actionReview; }
    public void setActionReview(Long v) { actionReview = v; }
    public String getActionText() { return actionText; }
    public void setActionText(String v) { actionText = v; }
    public String getActionOwner() { return actionOwner; }
    public void setActionOwner(String v) { actionOwner = v; }
    public LocalDate getActionDue() { return actionDue; }
    public void setActionDue(LocalDate v) { actionDue = v; }
}
