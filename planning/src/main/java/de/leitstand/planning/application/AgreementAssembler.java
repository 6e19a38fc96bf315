package de.leitstand.planning.application;

import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.SupervisoryLevel;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.Capabilities;
import de.leitstand.planning.api.TargetAgreements;
import de.leitstand.planning.api.TargetAgreements.AgreementView;
import de.leitstand.planning.api.TargetAgreements.Figures;
import de.leitstand.planning.api.TargetAgreements.Reference;
import de.leitstand.planning.api.TargetAgreements.StepView;
import de.leitstand.planning.domain.AgreementFigures;
import de.leitstand.planning.domain.AgreementStatus;
import de.leitstand.planning.domain.ReferenceFrame;
import de.leitstand.planning.domain.TargetAgreement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A planning round to its published view. */
@ApplicationScoped
class AgreementAssembler {

    @Inject
    JobcenterDirectory jobcenters;

    @Inject
    Caller caller;

    AgreementView view(TargetAgreement a) {
        JobcenterView jobcenter = jobcenters.get(a.getAgencyNumber().value());
        ReferenceFrame r = a.getReference();
        boolean agreed = a.getStatus() == AgreementStatus.AGREED;
        return new AgreementView(a.getId(), jobcenter.agencyNumber(), jobcenter.name(), jobcenter.typeCode(), a.getYear(),
                a.getLevel(), SupervisoryLevel.parse(a.getLevel()).displayName(), a.getStatus().name(), a.getStatus().label(),
                a.getDeadline(), a.isOverdue(LocalDate.now()), a.getBasisNote(),
                new Reference(r.getRateLow(), r.getRateHigh(), r.getRateWomenLow(), r.getRateWomenHigh(), r.getRateMenLow(),
                        r.getRateMenHigh(), r.getLzbLow(), r.getLzbHigh()),
                a.getOfferRound() == 0 ? null : figures(a.getOffer()), a.getOfferRound(), a.getOfferedAt(),
                position(a.getOffer().getIntegrationRate(), r.getRateLow(), r.getRateHigh()),
                position(a.getOffer().getLzbChangePercent(), r.getLzbLow(), r.getLzbHigh()),
                agreed ? figures(a.getOffer()) : null, a.getConcludedOn(),
                a.getParties() == null ? List.of() : List.of(a.getParties().split("\n")),
                a.getProgrammeId(), a.getProgrammeVersionNumber(),
                a.getSteps().stream().map(s -> new StepView(s.getPosition(), s.getKind().name(), s.getKind().label(),
                        s.getActor(), s.getOccurredAt(), figures(s.getFigures()), s.getReason())).toList(),
                a.getVersion(), rights(a.getStatus()));
    }

    /** What the caller may do with a round in this status: the roles of {@link TargetAgreementService}'s use cases. */
    private TargetAgreements.AgreementRights rights(AgreementStatus status) {
        boolean jobcenter = caller.level().isEmpty();
        boolean level = caller.level().isPresent();
        return new TargetAgreements.AgreementRights(
                jobcenter && Capabilities.may(caller, TargetAgreementService.class, "submitOffer")
                        && (status == AgreementStatus.BASIS_PUBLISHED || status == AgreementStatus.RENEGOTIATION_REQUESTED),
                level && Capabilities.may(caller, TargetAgreementService.class, "accept") && status == AgreementStatus.OFFER_SUBMITTED,
                jobcenter && Capabilities.may(caller, TargetAgreementService.class, "conclude") && status == AgreementStatus.ACCEPTED);
    }

    static Figures figures(AgreementFigures f) {
        return f == null ? null : new Figures(f.getIntegrations(), f.getAverageElb(), f.getIntegrationRate(),
                f.getIntegrationRateWomen(), f.getIntegrationRateMen(), f.getLzbChangePercent());
    }

    /**
     * A figure against its corridor. For a quota BELOW falls short; for the LZB change (lower is better) ABOVE does.
     */
    static String position(BigDecimal offered, BigDecimal low, BigDecimal high) {
        ReferenceFrame.Position position = ReferenceFrame.position(offered, low, high);
        return position == null ? null : position.name();
    }

}
