package de.leitstand.planning.application;

import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.SupervisoryLevel;
import de.leitstand.planning.api.TargetAgreements.LevelOverview;
import de.leitstand.planning.api.TargetAgreements.OverviewRow;
import de.leitstand.planning.domain.AgreementFigures;
import de.leitstand.planning.domain.AgreementStatus;
import de.leitstand.planning.domain.ReferenceFrame;
import de.leitstand.planning.domain.TargetAgreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The level's view of a round: one row per Jobcenter of the level, and the totals: the integrations
 * offered (or agreed), and the level's Integrationsquote as Σ integrations × 100 / Σ average ELB — the
 * Jobcenters' quotas weighted by their ELB, as the BA aggregates them up the chain.
 */
final class LevelTotals {

    private LevelTotals() {
    }

    static LevelOverview overview(SupervisoryLevel level, int year, List<JobcenterView> members,
                                  List<TargetAgreement> rounds, LocalDate today) {
        Map<String, TargetAgreement> byAgency = rounds.stream()
                .collect(Collectors.toMap(a -> a.getAgencyNumber().value(), Function.identity()));
        List<OverviewRow> rows = new ArrayList<>();
        int[] counts = new int[AgreementStatus.values().length];
        int overdue = 0;
        long integrations = 0;
        long elb = 0;
        LocalDate nextDeadline = null;
        for (JobcenterView member : members) {
            TargetAgreement round = byAgency.get(member.agencyNumber());
            if (round == null) {
                rows.add(new OverviewRow(member.agencyNumber(), member.name(), null, null, "keine Planungsgrundlage",
                        null, false, null, null, null, null, null, null, null, 0));
                continue;
            }
            counts[round.getStatus().ordinal()]++;
            boolean late = round.isOverdue(today);
            overdue += late ? 1 : 0;
            AgreementFigures offer = round.getOffer();
            if (round.getOfferRound() > 0 && offer.getIntegrations() != null && offer.getAverageElb() != null) {
                integrations += offer.getIntegrations();
                elb += offer.getAverageElb();
            }
            if (round.getStatus() == AgreementStatus.BASIS_PUBLISHED || round.getStatus() == AgreementStatus.RENEGOTIATION_REQUESTED) {
                nextDeadline = nextDeadline == null || round.getDeadline().isBefore(nextDeadline) ? round.getDeadline() : nextDeadline;
            }
            ReferenceFrame ref = round.getReference();
            rows.add(new OverviewRow(member.agencyNumber(), member.name(), round.getId(), round.getStatus().name(),
                    round.getStatus().label(), round.getDeadline(), late, ref.getRateLow(), ref.getRateHigh(),
                    round.getOfferRound() == 0 ? null : AgreementAssembler.figures(offer),
                    AgreementAssembler.position(offer.getIntegrationRate(), ref.getRateLow(), ref.getRateHigh()),
                    ref.getLzbLow(), ref.getLzbHigh(),
                    AgreementAssembler.position(offer.getLzbChangePercent(), ref.getLzbLow(), ref.getLzbHigh()),
                    round.getOfferRound()));
        }
        rows.sort(Comparator.comparing(OverviewRow::jobcenterName).thenComparing(OverviewRow::agencyNumber));
        BigDecimal rate = elb == 0 ? null : BigDecimal.valueOf(integrations).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(elb), 1, RoundingMode.HALF_UP);
        return new LevelOverview(level.key(), level.displayName(), year, rows, members.size(), rounds.size(),
                counts[AgreementStatus.OFFER_SUBMITTED.ordinal()], counts[AgreementStatus.RENEGOTIATION_REQUESTED.ordinal()],
                counts[AgreementStatus.ACCEPTED.ordinal()], counts[AgreementStatus.AGREED.ordinal()], overdue,
                integrations, elb, rate, nextDeadline);
    }
}
