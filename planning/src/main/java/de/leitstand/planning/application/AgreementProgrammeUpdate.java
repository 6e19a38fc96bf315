package de.leitstand.planning.application;

import de.leitstand.planning.domain.AgreementFigures;
import de.leitstand.planning.domain.IntegrationTarget;
import de.leitstand.planning.domain.LzbTarget;
import de.leitstand.planning.domain.PlanningRepository;
import de.leitstand.planning.domain.Programme;
import de.leitstand.planning.domain.ProgrammeStatus;
import de.leitstand.planning.domain.TargetAgreement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Carries a concluded agreement into the Jobcenter's programme of the year: a programme still being worked
 * on takes the agreed targets; an agreed one is revised (Fortschreibung) with the agreement as reason, and
 * the revision takes them. Without a programme for the year nothing happens (the overview shows it).
 */
@ApplicationScoped
class AgreementProgrammeUpdate {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    PlanningRepository repository;

    void apply(TargetAgreement agreement) {
        repository.currentProgramme(agreement.getAgencyNumber(), agreement.getYear()).ifPresent(current -> {
            Programme target = current;
            if (current.getStatus() == ProgrammeStatus.VEREINBART) {
                target = current.revise("Zielvereinbarung " + agreement.getYear() + " vom "
                        + GERMAN_DATE.format(agreement.getConcludedOn()) + " (" + levelName(agreement) + ")", LocalDate.now());
                repository.add(target);
            }
            AgreementFigures agreed = agreement.getOffer();
            IntegrationTarget before = target.getIntegrationTarget() == null
                    ? new IntegrationTarget(null, null, null, null, null, null, null) : target.getIntegrationTarget();
            LzbTarget lzb = target.getLzbTarget() == null ? new LzbTarget(null, null, null) : target.getLzbTarget();
            // the agreement sets the Integrationsquote for the total, women and men (Zielvereinbarung)
            target.changeTargets(new IntegrationTarget(agreed.getIntegrations(), agreed.getIntegrationRate(),
                            before.getIntegrationsWomen(), before.getIntegrationsMen(), agreed.getIntegrationRateWomen(),
                            agreed.getIntegrationRateMen(), before.getPreviousYearRate()),
                    new LzbTarget(agreed.getLzbChangePercent(), lzb.getBasis(), lzb.getBaseline()));
            repository.flush();
            agreement.appliedTo(target.getId(), target.getVersionNumber());
        });
    }

    private static String levelName(TargetAgreement agreement) {
        return de.leitstand.kernel.api.SupervisoryLevel.parse(agreement.getLevel()).displayName();
    }
}
