package de.leitstand.controlling.application;

import de.leitstand.controlling.api.ControllingApi;
import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.controlling.api.SteeringApi;
import de.leitstand.controlling.api.SteeringViews;
import de.leitstand.controlling.domain.QualityStandard;
import de.leitstand.controlling.domain.QualityValue;
import de.leitstand.controlling.domain.ReviewDialogue;
import de.leitstand.controlling.domain.ReviewKpi;
import de.leitstand.controlling.domain.SteeringAction;
import de.leitstand.controlling.domain.SteeringRepository;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import de.leitstand.kernel.api.InputValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
@RequiresRole({Role.GESCHAEFTSFUEHRUNG, Role.CONTROLLING, Role.FACHAUFSICHT, Role.GREMIUM, Role.ADMIN, Role.REGIONALDIREKTION, Role.LAND})
public class SteeringService implements SteeringApi {

    @Inject
    SteeringRepository repository;

    @Inject
    ControllingApi controlling;

    @Inject
    Tenancy tenancy;

    @Inject
    Caller caller;

    @Inject
    InputValidation validation;

    @Override
    public List<SteeringViews.StandardView> standards(String agencyNumber) {
        return repository.standards(tenancy.resolve(agencyNumber)).stream().map(SteeringService::view).toList();
    }

    @Override
    @Transactional
    @RequiresRole(Role.CONTROLLING)
    public SteeringViews.StandardView saveStandard(String agencyNumber, SteeringViews.StandardChange change) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        validation.check(change, "STANDARD_INVALID");
        QualityStandard.Kind kind;
        try {
            kind = QualityStandard.Kind.valueOf(change.kind().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("STANDARD_INVALID", "kind", Text.of("controlling.STANDARD_INVALID"));
        }
        if (!kind.accepts(change.target())) {
            throw new ValidationException("STANDARD_INVALID", "target", Text.of("controlling.STANDARD_INVALID.2", german(kind.min()), german(kind.max())));
        }
        String code = change.code().trim().toUpperCase(Locale.ROOT);
        boolean active = change.active() == null || change.active();
        QualityStandard standard;
        if (change.id() == null) {
            if (repository.standards(agency).stream().anyMatch(s -> s.getCode().equals(code))) {
                throw new ValidationException("STANDARD_EXISTS", "code", Text.of("controlling.STANDARD_EXISTS", code));
            }
            standard = new QualityStandard(agency, code, kind, change.name().trim(), change.target().setScale(2, java.math.RoundingMode.UNNECESSARY));
            repository.add(standard);
        } else {
            standard = standard(agency, change.id());
            if (standard.getKind() != kind) {
                throw new ValidationException("STANDARD_INVALID", "kind", Text.of("controlling.STANDARD_INVALID.3"));
            }
            ConflictException.requireVersion(change.version(), standard.getVersion());
            standard.change(change.name().trim(), change.target().setScale(2, java.math.RoundingMode.UNNECESSARY), active);
        }
        repository.flush();
        return view(standard);
    }

    @Override
    @Transactional
    @RequiresRole(Role.CONTROLLING)
    public SteeringViews.QualityRow enterQuality(Long standardId, YearMonth month, BigDecimal actual) {
        QualityStandard standard = repository.standard(standardId)
                .orElseThrow(() -> new NotFoundException("STANDARD_NOT_FOUND", Text.of("controlling.STANDARD_NOT_FOUND", standardId)));
        if (month == null) {
            throw new ValidationException("MONTH_MISSING", "month", Text.of("controlling.MONTH_MISSING"));
        }
        if (actual == null) {
            throw new ValidationException("VALUE_MISSING", "actual", Text.of("controlling.VALUE_MISSING"));
        }
        if (!standard.getKind().accepts(actual) || actual.scale() > 2 && actual.stripTrailingZeros().scale() > 2) {
            throw new ValidationException("VALUE_INVALID", "actual", Text.of("controlling.VALUE_INVALID", standard.getName(), german(standard.getKind().min()), german(standard.getKind().max())));
        }
        BigDecimal stored = actual.setScale(2, java.math.RoundingMode.UNNECESSARY);
        QualityValue value = repository.qualityValue(standard.getId(), month).orElse(null);
        if (value == null) {
            repository.add(new QualityValue(standard.getAgencyNumber(), standard.getId(), month, stored));
        } else {
            value.correct(stored);
        }
        repository.flush();
        return quality(standard.getAgencyNumber().value(), month).standards().stream()
                .filter(r -> r.standardId().equals(standard.getId())).findFirst().orElseThrow();
    }

    @Override
    public SteeringViews.QualityTracking quality(String agencyNumber, YearMonth month) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        Map<Long, List<QualityValue>> values = repository.qualityValues(agency, month.minusMonths(11), month).stream()
                .collect(Collectors.groupingBy(QualityValue::getStandardId));
        List<SteeringViews.QualityRow> rows = new ArrayList<>();
        for (QualityStandard standard : repository.standards(agency)) {
            List<QualityValue> own = values.getOrDefault(standard.getId(), List.of());
            if (!standard.isActive() && own.isEmpty()) {
                continue;
            }
            QualityValue latest = own.stream().max(Comparator.comparing(QualityValue::getMonth)).orElse(null);
            BigDecimal actual = latest == null ? null : latest.getActual();
            rows.add(new SteeringViews.QualityRow(standard.getId(), standard.getCode(), standard.getName(), standard.getKind().name(),
                    standard.getTarget(), actual, latest == null ? null : latest.getMonth(), actual == null ? null : standard.met(actual),
                    actual == null ? null : actual.subtract(standard.getTarget()),
                    own.stream().map(v -> new SteeringViews.QualityPoint(v.getMonth(), v.getActual())).toList()));
        }
        return new SteeringViews.QualityTracking(agency.value(), month, rows);
    }

    @Override
    public List<SteeringViews.ReviewView> reviews(String agencyNumber) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        Map<Long, List<SteeringAction>> actions = repository.steeringActions(agency).stream()
                .collect(Collectors.groupingBy(SteeringAction::getReviewId));
        return repository.reviews(agency).stream().map(r -> view(r, actions.getOrDefault(r.getId(), List.of()))).toList();
    }

    @Override
    @Transactional
    @RequiresRole({Role.GESCHAEFTSFUEHRUNG, Role.CONTROLLING, Role.REGIONALDIREKTION, Role.LAND})
    public SteeringViews.ReviewView recordReview(String agencyNumber, SteeringViews.NewReview review) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        validation.check(review, "REVIEW_INVALID");
        if (review.heldOn().isAfter(LocalDate.now())) {
            throw new ValidationException("REVIEW_INVALID", "heldOn", Text.of("controlling.REVIEW_INVALID", review.heldOn()));
        }
        List<ControllingViews.KpiView> all = controlling.kpis(agency.value(), review.figuresMonth(), null, null);
        Set<String> wanted = review.kpiCodes() == null || review.kpiCodes().isEmpty() ? null
                : review.kpiCodes().stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        if (wanted != null) {
            Set<String> known = all.stream().map(ControllingViews.KpiView::code).collect(Collectors.toSet());
            List<String> unknown = wanted.stream().filter(c -> !known.contains(c)).sorted().toList();
            if (!unknown.isEmpty()) {
                throw new ValidationException("KPI_NOT_FOUND", "kpiCodes", Text.of("controlling.KPI_NOT_FOUND.2", String.join(", ", unknown)));
            }
        }
        List<ReviewKpi> snapshot = all.stream().filter(k -> wanted == null ? k.keyIndicator() : wanted.contains(k.code()))
                .map(k -> new ReviewKpi(k.code(), k.name(), k.value(), k.numerator(), k.denominator(), k.reason() == null ? null : k.reason().german())).toList();
        // a level user holds the dialogue as the Jobcenter's supervising level (the tenancy let it name only its own Jobcenters)
        String level = caller.level().map(de.leitstand.kernel.api.SupervisoryLevel::displayName).orElse(null);
        ReviewDialogue dialogue = new ReviewDialogue(agency, review.heldOn(), review.figuresMonth(), review.participants().trim(),
                review.assessment().trim(), caller.username(), level, snapshot);
        repository.add(dialogue);
        repository.flush();
        return view(dialogue, List.of());
    }

    @Override
    @Transactional
    @RequiresRole({Role.GESCHAEFTSFUEHRUNG, Role.CONTROLLING, Role.REGIONALDIREKTION, Role.LAND})
    public SteeringViews.SteeringActionView addSteeringAction(Long reviewId, SteeringViews.NewSteeringAction action) {
        ReviewDialogue review = repository.review(reviewId)
                .orElseThrow(() -> new NotFoundException("REVIEW_NOT_FOUND", Text.of("controlling.REVIEW_NOT_FOUND", reviewId)));
        requireLevelTookPart(review);
        validation.check(action, "ACTION_INVALID");
        SteeringAction entity = new SteeringAction(review.getAgencyNumber(), review.getId(), action.description().trim(),
                action.owner().trim(), action.dueDate());
        repository.add(entity);
        repository.flush();
        return view(entity);
    }

    @Override
    @Transactional
    @RequiresRole({Role.GESCHAEFTSFUEHRUNG, Role.CONTROLLING, Role.REGIONALDIREKTION, Role.LAND})
    public SteeringViews.SteeringActionView completeSteeringAction(Long actionId, Long version) {
        SteeringAction action = repository.steeringAction(actionId)
                .orElseThrow(() -> new NotFoundException("ACTION_NOT_FOUND", Text.of("controlling.ACTION_NOT_FOUND.2", actionId)));
        requireLevelTookPart(repository.review(action.getReviewId()).orElseThrow());
        ConflictException.requireVersion(version, action.getVersion());
        action.complete();
        repository.flush();
        return view(action);
    }

    @Override
    public List<SteeringViews.SteeringActionView> overdueSteeringActions(String agencyNumber) {
        LocalDate today = LocalDate.now();
        return repository.steeringActions(tenancy.resolve(agencyNumber)).stream().filter(a -> a.overdueOn(today))
                .map(SteeringService::view).toList();
    }

    private QualityStandard standard(AgencyNumber agency, Long id) {
        QualityStandard standard = repository.standard(id)
                .orElseThrow(() -> new NotFoundException("STANDARD_NOT_FOUND", Text.of("controlling.STANDARD_NOT_FOUND", id)));
        if (!standard.getAgencyNumber().equals(agency)) {
            throw new ValidationException("STANDARD_FOREIGN", "id", Text.of("controlling.STANDARD_FOREIGN"));
        }
        return standard;
    }

    private static String german(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static SteeringViews.StandardView view(QualityStandard s) {
        return new SteeringViews.StandardView(s.getId(), s.getCode(), s.getName(), s.getKind().name(), s.getTarget(), s.isActive(), s.getVersion());
    }

    /**
     * The supervising level agrees and follows up steering actions only of the dialogues it held with the Jobcenter; the
     * Jobcenter's internal dialogues stay the Jobcenter's (the level reads them).
     */
    private void requireLevelTookPart(ReviewDialogue review) {
        if (caller.level().isPresent() && review.getLevelParticipant() == null) {
            throw new de.leitstand.kernel.api.AccessDeniedException("REVIEW_INTERNAL", Text.of("controlling.REVIEW_INTERNAL"));
        }
    }

    private static SteeringViews.ReviewView view(ReviewDialogue r, List<SteeringAction> actions) {
        return new SteeringViews.ReviewView(r.getId(), r.getHeldOn(), r.getFiguresMonth(), r.getParticipants(), r.getAssessment(),
                r.getRecordedBy(), r.getLevelParticipant(), r.getKpis().stream().map(k -> new SteeringViews.KpiSnapshot(k.getCode(), k.getName(), k.getValue(),
                k.getNumerator(), k.getDenominator(), k.getReason())).toList(), actions.stream().map(SteeringService::view).toList());
    }

    private static SteeringViews.SteeringActionView view(SteeringAction a) {
        return new SteeringViews.SteeringActionView(a.getId(), a.getReviewId(), a.getDescription(), a.getOwner(), a.getDueDate(),
                a.getStatus().name(), a.overdueOn(LocalDate.now()), a.getVersion());
    }
}
