package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.AgencyNumber;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Quality standards with their values, review dialogues and their steering actions of one Jobcenter. */
public interface SteeringRepository {

    List<QualityStandard> standards(AgencyNumber agency);

    Optional<QualityStandard> standard(Long id);

    /** Values of a Jobcenter's standards between two months, oldest first. */
    List<QualityValue> qualityValues(AgencyNumber agency, YearMonth from, YearMonth to);

    Optional<QualityValue> qualityValue(Long standardId, YearMonth month);

    /** Review dialogues, newest first. */
    List<ReviewDialogue> reviews(AgencyNumber agency);

    Optional<ReviewDialogue> review(Long id);

    List<SteeringAction> steeringActions(AgencyNumber agency);

    Optional<SteeringAction> steeringAction(Long id);

    void add(Object entity);

    /** @throws de.leitstand.kernel.api.ConflictException {@code CONCURRENT_MODIFICATION} */
    void flush();
}
