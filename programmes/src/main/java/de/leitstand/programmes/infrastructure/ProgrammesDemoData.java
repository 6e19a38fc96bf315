package de.leitstand.programmes.infrastructure;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ApplicationStarted;
import de.leitstand.programmes.domain.FundingProgramme;
import de.leitstand.programmes.domain.Funder;
import de.leitstand.programmes.domain.Organisation;
import de.leitstand.programmes.domain.OrganisationType;
import de.leitstand.programmes.domain.Pact;
import de.leitstand.programmes.domain.PactEventType;
import de.leitstand.programmes.domain.Participation;
import de.leitstand.programmes.domain.ProgrammePhase;
import de.leitstand.programmes.domain.ProgrammesRepository;
import de.leitstand.programmes.domain.ReportingObligation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo data from seed 000: "Perspektive 50 Plus" phase 3 (01.01.2011–31.12.2015, 76 pacts nationwide),
 * the pact "Reife Leistung! Süderelbe packt an." with Harburg (lead, financial responsibility),
 * Lüchow-Dannenberg, Lüneburg, Stade, Uelzen and Rotenburg (Wümme), coordinator Süderelbe AG, the
 * change to Jobcenter-specific concepts on 01.01.2014; Rotenburg's integrations 2011–2015 add up to
 * 748 ("beinahe 750"). The split per year and all other members' figures are demo values (flagged).
 */
@ApplicationScoped
public class ProgrammesDemoData {

    private static final Logger LOG = Logger.getLogger(ProgrammesDemoData.class.getName());
    static final String PACT_NAME = "Reife Leistung! Süderelbe packt an.";
    static final AgencyNumber ROTENBURG = new AgencyNumber("26706");
    static final AgencyNumber HARBURG = new AgencyNumber("25104");
    private static final LocalDate START = LocalDate.of(2011, 1, 1);

    @Inject
    ProgrammesRepository repository;

    @Transactional
    void onStart(@Observes ApplicationStarted started) {
        if (!started.demo() || repository.programmes().stream().anyMatch(p -> "Perspektive 50 Plus".equals(p.getShortName()))) {
            return;
        }
        FundingProgramme programme = new FundingProgramme(new FundingProgramme.ProgrammeData(
                "Perspektive 50plus – Beschäftigungspakte für Ältere in den Regionen", "Perspektive 50 Plus", Funder.BUND,
                "Bundesprogramm des Bundesministeriums für Arbeit und Soziales", "Bundesministerium für Arbeit und Soziales",
                "Leistungsberechtigte im SGB II, die das 50. Lebensjahr vollendet haben", null, null,
                "Vollfinanzierung aus Bundesmitteln (Demowert)"));
        programme.replacePhases(List.of(new ProgrammePhase.Data(3, START, LocalDate.of(2015, 12, 31), null,
                "Teilnahme über einen regionalen Beschäftigungspakt mit gemeinsamem Paktkonzept", 76)));
        programme.replaceObligations(List.of(new ReportingObligation.Data("Abschlussbericht Phase 3", LocalDate.of(2016, 3, 31), true)));
        repository.add(programme);
        repository.flush();
        ProgrammePhase phase = programme.getPhases().get(0);

        Organisation suederelbe = new Organisation("Süderelbe AG", OrganisationType.KOORDINATION, "Hamburg", null);
        Organisation grone = new Organisation("Grone-Schulen", OrganisationType.BILDUNGSTRAEGER, null, null);
        Organisation maritime = new Organisation("Maritimes Competenzzentrum", OrganisationType.BILDUNGSTRAEGER, null, null);
        List.of(suederelbe, grone, maritime).forEach(repository::add);
        repository.flush();

        Pact pact = new Pact(phase, PACT_NAME, HARBURG, START);
        pact.coordinate(suederelbe.getId(), "Organisatorischer Rahmen, Koordination der Paktangelegenheiten und Pressearbeit",
                START, suederelbe.getName());
        for (String member : List.of("25110", "25102", "26702", "25112", "26706")) {
            pact.join(phase, new AgencyNumber(member), START);
        }
        pact.addPartner(grone.getId(), "Trägerverbund");
        pact.addPartner(maritime.getId(), "Trägerverbund");
        pact.record(LocalDate.of(2014, 1, 1), PactEventType.EINZELKONZEPTE,
                "Auf Initiative des Jobcenters Rotenburg neue Strukturen: jobcenterbezogene Einzelkonzepte statt des "
                        + "gemeinsamen Konzepts; der Aufgabenbereich der Süderelbe AG geht voll in die Verantwortung der "
                        + "Jobcenter über.", ROTENBURG);
        repository.add(pact);
        repository.flush();

        int[] rotenburg = {118, 152, 166, 149, 163};
        int[] activations = {420, 460, 455, 410, 430};
        for (int i = 0; i < 5; i++) {
            participation(pact, ROTENBURG, 2011 + i, activations[i], rotenburg[i]);
        }
        int[][] others = {{310, 320, 300, 290, 280}, {205, 210, 190, 185, 180}, {140, 150, 150, 145, 140},
                {95, 100, 98, 96, 90}, {60, 64, 62, 58, 55}};
        String[] otherMembers = {"25104", "25102", "26702", "25112", "25110"};
        for (int m = 0; m < otherMembers.length; m++) {
            for (int i = 0; i < 5; i++) {
                participation(pact, new AgencyNumber(otherMembers[m]), 2011 + i, others[m][i] * 3, others[m][i]);
            }
        }
        LOG.info("Demo-Modus: Perspektive 50 Plus mit dem Pakt „" + PACT_NAME + "“ geladen");
    }

    private void participation(Pact pact, AgencyNumber agency, int year, int activations, int integrations) {
        Participation row = new Participation(agency, pact.getId(), year);
        int insured = Math.round(integrations * 0.85f);
        row.record(new Participation.Figures(BigDecimal.valueOf(activations * 1500L), BigDecimal.valueOf(activations * 1400L),
                activations, activations, integrations, integrations, insured, Math.round(insured * 0.6f),
                Math.round(integrations * 0.08f), Math.round(integrations * 0.1f), activations / 2, true));
        repository.add(row);
    }
}
