package de.leitstand.programmes.domain;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PactTest {

    private static final AgencyNumber HARBURG = new AgencyNumber("25104");
    private static final AgencyNumber ROTENBURG = new AgencyNumber("26706");
    private static final LocalDate START = LocalDate.of(2011, 1, 1);

    private static ProgrammePhase phase3() {
        FundingProgramme programme = new FundingProgramme(new FundingProgramme.ProgrammeData("Perspektive 50plus", "P50",
                Funder.BUND, null, null, null, null, null, null));
        programme.replacePhases(List.of(new ProgrammePhase.Data(3, START, LocalDate.of(2015, 12, 31), null, null, 76)));
        return programme.getPhases().get(0);
    }

    @Test
    void membershipsLieWithinThePhaseAndNeverOverlap() {
        ProgrammePhase phase = phase3();
        Pact pact = new Pact(phase, "Reife Leistung!", HARBURG, START);
        pact.join(phase, ROTENBURG, START);
        assertEquals("ALREADY_MEMBER", assertThrows(ConflictException.class, () -> pact.join(phase, ROTENBURG, LocalDate.of(2012, 1, 1))).code());
        assertEquals("OUTSIDE_PHASE", assertThrows(ValidationException.class,
                () -> pact.join(phase, new AgencyNumber("25102"), LocalDate.of(2010, 12, 31))).code());
        assertEquals("LEAVE_BEFORE_JOIN", assertThrows(ValidationException.class, () -> pact.leave(phase, ROTENBURG, START)).code());
        assertEquals("OUTSIDE_PHASE", assertThrows(ValidationException.class,
                () -> pact.leave(phase, ROTENBURG, LocalDate.of(2016, 1, 1))).code());
        pact.leave(phase, ROTENBURG, LocalDate.of(2013, 7, 1));
        assertEquals(1, pact.membersOn(LocalDate.of(2014, 1, 1)).size());
        assertEquals(2, pact.membersOn(LocalDate.of(2013, 6, 30)).size());
        pact.join(phase, ROTENBURG, LocalDate.of(2014, 1, 1));
        assertEquals(2, pact.membersOn(LocalDate.of(2014, 1, 1)).size(), "a second membership after leaving is fine");
        assertEquals(3, pact.getEvents().stream().filter(e -> e.getAgencyNumber() != null && e.getAgencyNumber().equals("26706")).count(),
                "joins and leaves are in the history");
    }

    @Test
    void conceptChangesAndCoordinatorShowAsOfADate() {
        ProgrammePhase phase = phase3();
        Pact pact = new Pact(phase, "Reife Leistung!", HARBURG, START);
        pact.coordinate(1L, "Koordination", START, "Süderelbe AG");
        assertTrue(pact.getEvents().stream().noneMatch(e -> e.getType() == PactEventType.KOORDINATION), "the first coordinator is no change");
        pact.record(LocalDate.of(2014, 1, 1), PactEventType.EINZELKONZEPTE, "Einzelkonzepte", ROTENBURG);
        assertFalse(pact.individualConceptsOn(LocalDate.of(2013, 12, 31)));
        assertTrue(pact.individualConceptsOn(LocalDate.of(2014, 1, 1)));
        pact.coordinate(2L, "Koordination", LocalDate.of(2015, 1, 1), "Andere GmbH");
        assertEquals(PactEventType.KOORDINATION, pact.getEvents().get(pact.getEvents().size() - 1).getType());
    }

    @Test
    void participationFiguresDeriveCostAndAttainment() {
        Participation row = new Participation(ROTENBURG, 1L, 2015);
        row.record(new Participation.Figures(new BigDecimal("600000"), new BigDecimal("570000"), 450, 430, 150, 163,
                140, 84, 13, 16, 215, false));
        assertEquals(new BigDecimal("3496.93"), row.costPerIntegration());
        assertEquals(new BigDecimal("108.7"), row.integrationAttainment());
        Participation empty = new Participation(ROTENBURG, 1L, 2016);
        assertEquals(null, empty.costPerIntegration());
        assertEquals(null, empty.integrationAttainment());
    }

    @Test
    void phasesMayNotOverlap() {
        FundingProgramme programme = new FundingProgramme(new FundingProgramme.ProgrammeData("P", null, Funder.ESF, null,
                null, null, null, null, null));
        assertEquals("PHASES_OVERLAP", assertThrows(ValidationException.class, () -> programme.replacePhases(List.of(
                new ProgrammePhase.Data(1, LocalDate.of(2008, 1, 1), LocalDate.of(2011, 1, 1), null, null, null),
                new ProgrammePhase.Data(2, LocalDate.of(2011, 1, 1), LocalDate.of(2015, 12, 31), null, null, null)))).code());
        assertEquals("PHASE_DATES", assertThrows(ValidationException.class, () -> programme.replacePhases(List.of(
                new ProgrammePhase.Data(1, LocalDate.of(2011, 1, 1), LocalDate.of(2010, 1, 1), null, null, null)))).code());
    }

    @Test
    void obligationsRemindWhenDue() {
        ReportingObligation.Data data = new ReportingObligation.Data("Verwendungsnachweis", LocalDate.of(2016, 3, 31), false);
        FundingProgramme programme = new FundingProgramme(new FundingProgramme.ProgrammeData("P", null, Funder.BUND, null,
                null, null, null, null, null));
        programme.replaceObligations(List.of(data));
        ReportingObligation obligation = programme.getObligations().get(0);
        assertFalse(obligation.isReminderDue(LocalDate.of(2016, 2, 1)));
        assertTrue(obligation.isReminderDue(LocalDate.of(2016, 3, 1)));
        assertTrue(obligation.isOverdue(LocalDate.of(2016, 4, 1)));
    }
}
