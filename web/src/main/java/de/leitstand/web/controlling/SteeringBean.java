package de.leitstand.web.controlling;

import de.leitstand.controlling.api.SteeringApi;
import de.leitstand.controlling.api.SteeringViews;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.web.shell.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Quality standards against their targets and the target review dialogues with their steering actions. The forms have
 * their own small beans: {@link SteeringQualityForm} (standards and their values), {@link SteeringReviewForm} (dialogues
 * and steering actions).
 */
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

    /** @return the Jobcenter shown: the own one, or the one a national user has chosen */
    String agency() {
        return jobcenter.agency();
    }

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

    static YearMonth parse(String text) {
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new ValidationException("MONTH_INVALID", "month", Text.of("kernel.NOT_A_MONTH", text));
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
}
