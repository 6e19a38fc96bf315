package de.leitstand.controlling.infrastructure;

import de.leitstand.controlling.api.ControllingApi;
import de.leitstand.controlling.domain.QualityStandard;
import de.leitstand.controlling.domain.QualityValue;
import de.leitstand.controlling.domain.ReviewDialogue;
import de.leitstand.controlling.domain.ReviewKpi;
import de.leitstand.controlling.domain.SteeringAction;
import de.leitstand.controlling.domain.SteeringRepository;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ApplicationStarted;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo mode: Elbe-Elster's quality standards with generated monthly values for 2020 (the BA catalogues
 * are internal, the names follow seed 002 chapter 3.1) and one Zielnachhaltedialog in October 2020 about
 * the August figures, with two steering actions (one done, one overdue). Runs after the basis figures
 * are loaded, so the dialogue's snapshot holds real computed Kennzahlen.
 */
@ApplicationScoped
public class SteeringDemo {

    private static final Logger LOG = Logger.getLogger(SteeringDemo.class.getName());
    private static final AgencyNumber ELBE_ELSTER = new AgencyNumber("03504");

    @Inject
    SteeringRepository repository;

    @Inject
    ControllingApi controlling;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) ApplicationStarted started) {
        if (!started.demo() || !repository.standards(ELBE_ELSTER).isEmpty()) {
            return;
        }
        QualityStandard satisfaction = new QualityStandard(ELBE_ELSTER, "KUNDENZUFRIEDENHEIT", QualityStandard.Kind.NOTE,
                "Index aus Kundenzufriedenheit (Schulnote)", new BigDecimal("2.00"));
        QualityStandard process = new QualityStandard(ELBE_ELSTER, "PROZESSQUALITAET", QualityStandard.Kind.INDEX,
                "Index aus Prozessqualität", new BigDecimal("100.00"));
        QualityStandard cooperation = new QualityStandard(ELBE_ELSTER, "KOOPERATIONSPLAN", QualityStandard.Kind.PROZENT,
                "Operativer Mindeststandard: ELB mit aktueller Eingliederungsvereinbarung im Bestand", new BigDecimal("90.00"));
        QualityStandard firstContact = new QualityStandard(ELBE_ELSTER, "ERSTGESPRAECH", QualityStandard.Kind.PROZENT,
                "Operativer Mindeststandard: Erstgespräch innerhalb von 14 Tagen", new BigDecimal("95.00"));
        List<QualityStandard> standards = List.of(satisfaction, process, cooperation, firstContact);
        standards.forEach(repository::add);
        repository.flush();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(2020, m);
            repository.add(new QualityValue(ELBE_ELSTER, satisfaction.getId(), month, new BigDecimal("2.1").subtract(new BigDecimal("0.02").multiply(BigDecimal.valueOf(m % 6)))));
            repository.add(new QualityValue(ELBE_ELSTER, process.getId(), month, BigDecimal.valueOf(96 + m % 7)));
            repository.add(new QualityValue(ELBE_ELSTER, cooperation.getId(), month, BigDecimal.valueOf(86 + m % 5)));
            repository.add(new QualityValue(ELBE_ELSTER, firstContact.getId(), month, BigDecimal.valueOf(93 + m % 4)));
        }
        YearMonth figures = YearMonth.of(2020, 8);
        List<ReviewKpi> snapshot = controlling.kpis(ELBE_ELSTER.value(), figures, null, null).stream().filter(k -> k.keyIndicator())
                .map(k -> new ReviewKpi(k.code(), k.name(), k.value(), k.numerator(), k.denominator(), k.reason() == null ? null : k.reason().german())).toList();
        ReviewDialogue dialogue = new ReviewDialogue(ELBE_ELSTER, LocalDate.of(2020, 10, 15), figures,
                "Geschäftsführung, Bereichsleitungen Markt und Integration und Leistung, Controlling (Demo)",
                "Die Integrationen liegen leicht unter dem Zielpfad; der LZB-Bestand sinkt planmäßig. Schwerpunkt bis Jahresende: "
                        + "Absolventenmanagement der FbW-Teilnehmenden und Aktivierung der LZB (Demo).", "system", null, snapshot);
        repository.add(dialogue);
        repository.flush();
        SteeringAction done = new SteeringAction(ELBE_ELSTER, dialogue.getId(),
                "Absolventenmanagement: Vermittlungsvorschläge für alle FbW-Absolventen im Herbst", "Teamleitung Markt und Integration (Demo)",
                LocalDate.of(2020, 11, 30));
        repository.add(done);
        repository.add(new SteeringAction(ELBE_ELSTER, dialogue.getId(),
                "Sonderaktion Aktivierung LZB: 200 zusätzliche Beratungsgespräche", "Bereichsleitung Markt und Integration (Demo)",
                LocalDate.of(2020, 12, 31)));
        repository.flush();
        done.complete();
        LOG.info("Demo-Modus: Qualitätsstandards 2020 und ein Zielnachhaltedialog für Elbe-Elster geladen");
    }
}
