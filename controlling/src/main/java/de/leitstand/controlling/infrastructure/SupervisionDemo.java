package de.leitstand.controlling.infrastructure;

import de.leitstand.controlling.domain.AuditArea;
import de.leitstand.controlling.domain.AuditCase;
import de.leitstand.controlling.domain.AuditPlanLine;
import de.leitstand.controlling.domain.CorrectiveAction;
import de.leitstand.controlling.domain.Finding;
import de.leitstand.controlling.domain.SupervisionRepository;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ApplicationStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo mode: the Fachaufsicht of Elbe-Elster in 2020 (generated, marked "Demo" in team and auditor):
 * the Prüffelder of seed 002 (KdU § 22 and BuT § 28 with the threshold "< 5 %"), a risk-based plan, the
 * audited cases of every month, two findings with corrective actions (one closed after its follow-up
 * check, one overdue).
 */
@ApplicationScoped
public class SupervisionDemo {

    private static final Logger LOG = Logger.getLogger(SupervisionDemo.class.getName());
    static final AgencyNumber ELBE_ELSTER = new AgencyNumber("03504");
    static final int YEAR = 2020;

    /** Code, name, threshold (null: none), risk, minimum cases per month, faulty cases per month Jan–Dec. */
    private record Area(String code, String name, BigDecimal threshold, int risk, int minimum, int[] faulty) {
    }

    static final List<Area> AREAS = List.of(
            new Area("KDU", "Kosten der Unterkunft und Heizung (§ 22 SGB II)", BigDecimal.valueOf(5), 5, 20,
                    new int[] {1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 0}),
            new Area("BUT", "Bildung und Teilhabe (§ 28 SGB II)", BigDecimal.valueOf(5), 4, 10,
                    new int[] {1, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 0}),
            new Area("KOOP", "Eingliederungsvereinbarung / Kooperationsplan", null, 3, 15,
                    new int[] {2, 2, 1, 2, 1, 2, 2, 1, 1, 2, 1, 1}),
            new Area("LEIST", "Leistungsgewährung (Bescheide, Einkommen, Vermögen)", null, 3, 15,
                    new int[] {1, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0}));

    private static final String[] TEAMS = {"Team Leistung Finsterwalde (Demo)", "Team Leistung Herzberg (Demo)",
            "Team Markt und Integration Elsterwerda (Demo)"};

    @Inject
    SupervisionRepository repository;

    @Transactional
    void onStart(@Observes ApplicationStarted started) {
        if (!started.demo() || !repository.areas(ELBE_ELSTER).isEmpty()) {
            return;
        }
        int cases = 0;
        AuditArea but = null;
        AuditArea kdu = null;
        for (Area a : AREAS) {
            AuditArea area = new AuditArea(ELBE_ELSTER, a.code(), a.name(), a.threshold());
            repository.add(area);
            repository.flush();
            if ("BUT".equals(a.code())) {
                but = area;
            } else if ("KDU".equals(a.code())) {
                kdu = area;
            }
            repository.add(new AuditPlanLine(ELBE_ELSTER, YEAR, area.getId(), a.risk(), a.minimum(),
                    a.threshold() == null ? "Risikobewertung nach Fehlerhistorie und Fallvolumen (Demo)"
                            : "Kommunales Ziel: durchschnittliche Fehlerquote im JDW < 5 % (Programm 2020)"));
            for (int month = 1; month <= 12; month++) {
                for (int i = 0; i < a.minimum(); i++) {
                    boolean faulty = i < a.faulty()[month - 1];
                    LocalDate day = LocalDate.of(YEAR, month, 3 + i % 24);
                    repository.add(new AuditCase(ELBE_ELSTER, day, area.getId(), TEAMS[i % TEAMS.length], "Prüfer/in " + (1 + i % 3) + " (Demo)",
                            String.format("BG-03504-%02d%02d%03d", month, a.code().length(), i + 1), faulty,
                            faulty ? "Einkommen nicht vollständig angerechnet" : null,
                            faulty ? BigDecimal.valueOf(40 + 15L * i).setScale(2) : null, "system"));
                    cases++;
                }
            }
        }
        repository.flush();
        Finding kduFinding = new Finding(ELBE_ELSTER, kdu.getId(), LocalDate.of(YEAR, 4, 30),
                "Heizkostenabrechnungen werden bei der Angemessenheitsprüfung nicht durchgängig berücksichtigt (Demo).");
        Finding butFinding = new Finding(ELBE_ELSTER, but.getId(), LocalDate.of(YEAR, 9, 30),
                "Die Fehlerquote BuT liegt im Jahresdurchschnitt über 5 %: Lernförderung wird ohne Bestätigung der Schule bewilligt (Demo).");
        repository.add(kduFinding);
        repository.add(butFinding);
        repository.flush();
        CorrectiveAction training = new CorrectiveAction(ELBE_ELSTER, kduFinding.getId(),
                "Schulung der Leistungsteams zur Heizkostenprüfung", "Teamleitung Leistung (Demo)", LocalDate.of(YEAR, 6, 30));
        repository.add(training);
        repository.add(new CorrectiveAction(ELBE_ELSTER, butFinding.getId(),
                "Checkliste Lernförderung einführen und Fachaufsicht BuT verdichten", "Bereichsleitung Leistung (Demo)",
                LocalDate.of(YEAR, 11, 30)));
        repository.flush();
        training.reportDone();
        training.followUp(LocalDate.of(YEAR, 8, 15), "Stichprobe von 20 Fällen ohne Fehler in der Heizkostenprüfung (Demo).", true, null);
        int total = cases;
        LOG.info(() -> "Demo-Modus: Fachaufsicht Elbe-Elster " + YEAR + " mit " + total + " Prüffällen geladen");
    }
}
