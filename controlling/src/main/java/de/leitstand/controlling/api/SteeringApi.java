package de.leitstand.controlling.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Quality standards and target review dialogues of the own Jobcenter ({@code agencyNumber} null: the own).
 * CONTROLLING maintains standards and enters their values; GESCHAEFTSFUEHRUNG and CONTROLLING record
 * dialogues and their steering actions; Fachaufsicht and Gremium read.
 */
public interface SteeringApi {

    List<SteeringViews.StandardView> standards(String agencyNumber);

    SteeringViews.StandardView saveStandard(String agencyNumber, SteeringViews.StandardChange change);

    /** Enters or corrects the actual value of a standard in a month. */
    SteeringViews.QualityRow enterQuality(Long standardId, YearMonth month, BigDecimal actual);

    SteeringViews.QualityTracking quality(String agencyNumber, YearMonth month);

    List<SteeringViews.ReviewView> reviews(String agencyNumber);

    /** Records a dialogue with a snapshot of the named Kennzahlen (none named: the key indicators K1–K3). */
    SteeringViews.ReviewView recordReview(String agencyNumber, SteeringViews.NewReview review);

    SteeringViews.SteeringActionView addSteeringAction(Long reviewId, SteeringViews.NewSteeringAction action);

    SteeringViews.SteeringActionView completeSteeringAction(Long actionId, Long version);

    /** Open steering actions whose due date has passed. */
    List<SteeringViews.SteeringActionView> overdueSteeringActions(String agencyNumber);
}
