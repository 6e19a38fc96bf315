package de.leitstand.planning.domain;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgrammeTest {

    private static Programme draft() {
        Programme programme = new Programme(new AgencyNumber("03504"), 2021, LocalDate.of(2020, 11, 1));
        programme.changeTargets(new IntegrationTarget(1200, new BigDecimal("24.0"), null, null, null, null, null),
                new LzbTarget(new BigDecimal("-5.0"), LzbBasis.DECEMBER_STOCK, 4000));
        return programme;
    }

    @Test
    void theTotalQuotaLiesBetweenTheQuotasOfWomenAndMen() {
        Programme programme = draft();
        LzbTarget lzb = new LzbTarget(null, LzbBasis.ANNUAL_AVERAGE, null);
        programme.changeTargets(new IntegrationTarget(1200, new BigDecimal("23.4"), null, null, new BigDecimal("21.5"),
                new BigDecimal("25.0"), null), lzb);
        assertEquals(new BigDecimal("21.5"), programme.getIntegrationTarget().getIntegrationRateWomen());
        programme.changeTargets(new IntegrationTarget(1200, new BigDecimal("25.1"), null, null, new BigDecimal("21.5"),
                new BigDecimal("25.0"), null), lzb);
        ValidationException outside = assertThrows(ValidationException.class, () -> programme.changeTargets(
                new IntegrationTarget(1200, new BigDecimal("25.2"), null, null, new BigDecimal("21.5"), new BigDecimal("25.0"), null), lzb));
        assertEquals("TARGET_RATE_OUTSIDE_GENDERS", outside.code());
        assertThrows(ValidationException.class, () -> programme.changeTargets(
                new IntegrationTarget(1200, new BigDecimal("21.3"), null, null, new BigDecimal("25.0"), new BigDecimal("21.5"), null), lzb));
        programme.changeTargets(new IntegrationTarget(1200, new BigDecimal("30.0"), null, null, new BigDecimal("21.5"), null, null), lzb);
        assertEquals(new BigDecimal("30.0"), programme.getIntegrationTarget().getIntegrationRate(), "one quota alone bounds nothing");
    }

    @Test
    void workflowRunsFromDraftToAgreedAndLocks() {
        Programme programme = draft();
        assertThrows(ConflictException.class, () -> programme.agree(LocalDate.now(), "Trägerversammlung"),
                "only a submitted version can be agreed");
        programme.submit();
        programme.returnToDraft();
        assertEquals(ProgrammeStatus.ENTWURF, programme.getStatus());
        programme.submit();
        programme.agree(LocalDate.of(2020, 12, 10), "Trägerversammlung");
        assertEquals(ProgrammeStatus.VEREINBART, programme.getStatus());
        ProgrammeLockedException locked = assertThrows(ProgrammeLockedException.class,
                () -> programme.changeSections(List.of(new Section.Data("Vorwort", "<p>x</p>"))));
        assertEquals("PROGRAMME_AGREED", locked.code());
        assertThrows(ProgrammeLockedException.class, () -> programme.changeTargets(
                new IntegrationTarget(1, BigDecimal.ONE, null, null, null, null, null), new LzbTarget(null, null, null)));
        assertThrows(ProgrammeLockedException.class, programme::submit);
    }

    @Test
    void revisingAnAgreedVersionCopiesItIntoANewCurrentVersion() {
        Programme agreed = draft();
        agreed.changeBudget(new BudgetFigures(null, new BigDecimal("100"), null, new BigDecimal("200"), null, null),
                List.of(new BudgetTransfer.Data(LocalDate.of(2021, 3, 1), new BigDecimal("50"), null)),
                List.of(new PlanLine.Data(InstrumentCategory.VOCATIONAL_TRAINING, new BigDecimal("120"), 4, false, null)),
                List.of());
        agreed.submit();
        agreed.agree(LocalDate.of(2020, 12, 10), "Trägerversammlung");
        Programme revision = agreed.revise("Mehr Mittel nach Umschichtung", LocalDate.of(2021, 4, 1));
        assertFalse(agreed.isCurrent());
        assertTrue(revision.isCurrent());
        assertEquals(ProgrammeStatus.FORTGESCHRIEBEN, revision.getStatus());
        assertEquals(2, revision.getVersionNumber());
        assertEquals("Mehr Mittel nach Umschichtung", revision.getRevisionReason());
        assertEquals(1, revision.getPlanLines().size());
        assertEquals(new BigDecimal("150"), revision.balance().administrationAvailable());
        assertEquals(new BigDecimal("150"), revision.balance().integrationAvailable());
        assertEquals(new BigDecimal("30"), revision.balance().unplannedRemainder());
        assertEquals(new BigDecimal("30.00"), revision.getPlanLines().get(0).averageCostPerEntry());
        assertThrows(ConflictException.class, () -> agreed.revise("again", null), "only the current version");
        assertThrows(ConflictException.class, () -> revision.revise("draft", null), "a draft is edited, not revised");
    }

    @Test
    void targetPathMustAddUpToTheAnnualTarget() {
        Programme programme = draft();
        ValidationException wrong = assertThrows(ValidationException.class,
                () -> programme.changeTargetPath(Collections.nCopies(12, 99)));
        assertEquals("TARGET_PATH_SUM", wrong.code());
        programme.changeTargetPath(Collections.nCopies(12, 100));
        assertEquals(1200, programme.getTargetPath().stream().mapToInt(Integer::intValue).sum());
        programme.changeTargets(new IntegrationTarget(1206, new BigDecimal("24.0"), null, null, null, null, null),
                new LzbTarget(null, null, null));
        assertEquals(1206, programme.getTargetPath().stream().mapToInt(Integer::intValue).sum(),
                "a changed annual target rescales the path");
    }

    @Test
    void aTeamOfferIsFixedOnceDecided() {
        TeamOffer offer = new TeamOffer(new AgencyNumber("03504"), 1L, 2020, 400, null);
        offer.changeOffer(410, "nach Abstimmung im Team");
        offer.decide(OfferDecision.ANGEPASST, 430, "ee-gf");
        assertEquals(430, offer.effectiveIntegrations());
        assertEquals("OFFER_DECIDED", assertThrows(ConflictException.class, () -> offer.changeOffer(1, null)).code());
        TeamOffer accepted = new TeamOffer(new AgencyNumber("03504"), 2L, 2020, 230, null);
        accepted.decide(OfferDecision.ANGENOMMEN, null, "ee-gf");
        assertEquals(230, accepted.effectiveIntegrations());
    }

    @Test
    void changingTheTargetKeepsTheTargetPathInMonthOrderWhenLoadedFromTheDatabase() throws Exception {
        Programme programme = draft();
        List<Integer> rising = List.of(76, 80, 84, 88, 92, 96, 100, 104, 108, 112, 116, 144);
        programme.changeTargetPath(rising);
        // EclipseLink loads an element-collection map as an IndirectMap, a Hashtable without key order
        java.lang.reflect.Field field = Programme.class.getDeclaredField("targetPath");
        field.setAccessible(true);
        @SuppressWarnings("unchecked")
        java.util.Map<Integer, Integer> loaded = new java.util.Hashtable<>((java.util.Map<Integer, Integer>) field.get(programme));
        field.set(programme, loaded);
        programme.changeTargets(new IntegrationTarget(1212, new BigDecimal("24.0"), null, null, null, null, null),
                new LzbTarget(null, null, null));
        List<Integer> path = programme.getTargetPath();
        assertEquals(1212, path.stream().mapToInt(Integer::intValue).sum());
        assertEquals(77, path.get(0), "January stays January: " + path);
        assertEquals(145, path.get(11), "December stays December: " + path);
    }
}
