package de.leitstand.planning.domain;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The state machine of a planning round and what it keeps. */
class TargetAgreementTest {

    private static final Instant NOW = Instant.parse("2020-11-15T10:00:00Z");

    private static TargetAgreement published() {
        return new TargetAgreement(new AgencyNumber("03504"), 2021, "RD:BERLIN_BRANDENBURG", LocalDate.of(2020, 11, 30),
                new ReferenceFrame(new BigDecimal("24.0"), new BigDecimal("26.0"), null, null, null, null, new BigDecimal("-12.0"), null),
                "Planungsgrundlagen 2021", "rd-bb", NOW);
    }

    private static AgreementFigures figures(String rate) {
        return new AgreementFigures(1141, 4876, new BigDecimal(rate), new BigDecimal("21.0"), new BigDecimal("25.5"), new BigDecimal("-10.8"));
    }

    @Test
    void aRoundRunsFromBasisThroughRenegotiationToTheAgreementAndKeepsEveryStep() {
        TargetAgreement round = published();
        assertEquals(AgreementStatus.BASIS_PUBLISHED, round.getStatus());
        assertTrue(round.isOverdue(LocalDate.of(2020, 12, 1)));
        round.submitOffer(figures("23.4"), null, "ee-gf", NOW);
        assertEquals(ReferenceFrame.Position.BELOW, ReferenceFrame.position(round.getOffer().getIntegrationRate(),
                round.getReference().getRateLow(), round.getReference().getRateHigh()));
        assertEquals("AGREEMENT_REASON_REQUIRED", assertThrows(ValidationException.class,
                () -> round.requestRenegotiation(" ", "rd-bb", NOW)).code());
        round.requestRenegotiation("unter dem Korridor", "rd-bb", NOW);
        assertEquals("AGREEMENT_STEP_NOT_ALLOWED", assertThrows(ConflictException.class, () -> round.accept(null, "rd-bb", NOW)).code());
        round.submitOffer(figures("24.6"), "nachgebessert", "ee-gf", NOW);
        assertEquals(2, round.getOfferRound());
        round.accept(null, "rd-bb", NOW);
        round.conclude(LocalDate.of(2020, 12, 15), "Land\nzkT", "ee-gf", NOW);
        assertEquals(AgreementStatus.AGREED, round.getStatus());
        assertEquals(6, round.getSteps().size());
        assertEquals(AgreementStepKind.RENEGOTIATION, round.getSteps().get(2).getKind());
        assertEquals("unter dem Korridor", round.getSteps().get(2).getReason());
        assertEquals(new BigDecimal("23.4"), round.getSteps().get(1).getFigures().getIntegrationRate(), "the first offer stays as it was");
        assertEquals("AGREEMENT_CONCLUDED", assertThrows(ConflictException.class,
                () -> round.submitOffer(figures("30.0"), null, "ee-gf", NOW)).code());
        assertEquals("AGREEMENT_CONCLUDED", assertThrows(ConflictException.class,
                () -> round.requestRenegotiation("noch einmal", "rd-bb", NOW)).code());
    }

    @Test
    void aSingleReferenceValueIsACorridorOfWidthZero() {
        ReferenceFrame single = new ReferenceFrame(new BigDecimal("19.0"), null, null, null, null, null, null, null);
        assertEquals(ReferenceFrame.Position.WITHIN, ReferenceFrame.position(new BigDecimal("19.0"), single.getRateLow(), single.getRateHigh()));
        assertEquals(ReferenceFrame.Position.ABOVE, ReferenceFrame.position(new BigDecimal("19.2"), single.getRateLow(), single.getRateHigh()));
        assertEquals(null, ReferenceFrame.position(null, single.getRateLow(), single.getRateHigh()));
    }
}
