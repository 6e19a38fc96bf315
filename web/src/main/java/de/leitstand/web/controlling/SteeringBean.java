package de.leitstand.web.controlling;

import de.leitstand.controlling.api.SteeringApi;
import de.leitstand.controlling.api.SteeringViews;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** Quality standards against their targets and the target review dialogues with their steering actions. */
@Named
@ViewScoped
public class SteeringBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    de.leitstand.web.shell.JobcenterChoice jobcenter;

    @Inject
    de.leitstand.web.shell.MonthChoice months;

    @Inject
    SteeringApi steering;

    private String month;
    private String latest;
    private SteeringViews.QualityTracking quality;
    private List<SteeringViews.StandardView> standards = List.of();
    private List<SteeringViews.ReviewView> reviews = List.of();
    // quality value
    private Long valueStandard;
    private String valueMonth;
    private BigDecimal valueActual;
    // standard
    private String standardCode;
    private String standardName;
    private String standardKind = "PROZENT";
    private BigDecimal standardTarget;
    // review
    private LocalDate reviewDate;
    private String reviewMonth;
    private String reviewParticipants;
    private String reviewAssessment;
    private String reviewCodes;
    // steering action
    private Long actionReview;
    private String actionText;
    private String actionOwner;
    private LocalDate actionDue;

    public void load() {
        if (!jobcenter.isReady()) {
            return;
        }
        if (latest == null) {
            latest = months.latest(jobcenter.agency());
        }
        month = de.leitstand.web.shell.MonthChoice.opening(month, latest);
        UiErrors.attempt(() -> {
            quality = steering.quality(jobcenter.agency(), parse(month));
            standards = steering.standards(jobcenter.agency());
            reviews = steering.reviews(jobcenter.agency());
        });
    }

    private static YearMonth parse(String text) {
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new ValidationException("MONTH_INVALID", "month", Text.of("kernel.NOT_A_MONTH", text));
        }
    }

    public void enterValue() {
        if (UiErrors.attempt(() -> steering.enterQuality(valueStandard, parse(valueMonth), valueActual))) {
            UiTexts.info("notice.steering.wertGespeichert", valueMonth);
            valueActual = null;
            load();
        }
    }

    public void saveStandard() {
        if (UiErrors.attempt(() -> steering.saveStandard(jobcenter.agency(), new SteeringViews.StandardChange(null, standardCode, standardName,
                standardKind, standardTarget, true, null)))) {
            UiTexts.info("notice.steering.standardAngelegt", standardCode);
            standardCode = null;
            standardName = null;
            standardTarget = null;
            load();
        }
    }

    public void recordReview() {
        List<String> codes = reviewCodes == null || reviewCodes.isBlank() ? List.of()
                : Arrays.stream(reviewCodes.split("[,; ]+")).filter(c -> !c.isBlank()).toList();
        if (UiErrors.attempt(() -> steering.recordReview(jobcenter.agency(), new SteeringViews.NewReview(reviewDate,
                reviewMonth == null || reviewMonth.isBlank() ? null : parse(reviewMonth), reviewParticipants, reviewAssessment, codes)))) {
            UiTexts.info("notice.steering.zielnachhaltedialogMitDem");
            reviewAssessment = null;
            load();
        }
    }

    public void addAction() {
        if (UiErrors.attempt(() -> steering.addSteeringAction(actionReview, new SteeringViews.NewSteeringAction(actionText, actionOwner, actionDue)))) {
            UiTexts.info("notice.steering.steuerungsmassnahmeVereinbart");
            actionText = null;
            load();
        }
    }

    public void complete(SteeringViews.SteeringActionView action) {
        if (UiErrors.attempt(() -> steering.completeSteeringAction(action.id(), action.version()))) {
            UiTexts.info("notice.steering.steuerungsmassnahmeErledigt");
            load();
        }
    }

    public SteeringViews.QualityTracking getQuality() {
        return quality;
    }

    public List<SteeringViews.StandardView> getStandards() { return standards; }
    public List<SteeringViews.ReviewView> getReviews() { return reviews; }
    /** @return the dialogues held with the supervising level: those a level user agrees steering actions in */
    public List<SteeringViews.ReviewView> getLevelReviews() { return reviews.stream().filter(r -> r.levelParticipant() != null).toList(); }
    /** Shows the chosen month with the month in the address ({@code ?month=2020-06}). */
    public String show() {
        return de.leitstand.web.shell.SameView.withParameters();
    }

    /** @return the latest month with figures (JJJJ-MM), empty when there are none */
    public String getLatest() { return latest; }

    public String getMonth() { return month; }
    public void setMonth(String v) { month = v; }
    public Long getValueStandard() { return valueStandard; }
    public void setValueStandard(Long v) { valueStandard = v; }
    public String getValueMonth() { return valueMonth; }
    public void setValueMonth(String v) { valueMonth = v; }
    public BigDecimal getValueActual() { return valueActual; }
    public void setValueActual(BigDecimal v) { valueActual = v; }
    public String getStandardCode() { return standardCode; }
    public void setStandardCode(String v) { standardCode = v; }
    public String getStandardName() { return standardName; }
    public void setStandardName(String v) { standardName = v; }
    public String getStandardKind() { return standardKind; }
    public void setStandardKind(String v) { standardKind = v; }
    public BigDecimal getStandardTarget() { return standardTarget; }
    public void setStandardTarget(BigDecimal v) { standardTarget = v; }
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
