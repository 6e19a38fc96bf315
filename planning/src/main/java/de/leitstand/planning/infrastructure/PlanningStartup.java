package de.leitstand.planning.infrastructure;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ApplicationStarted;
import de.leitstand.planning.domain.AllocationShareReader;
import de.leitstand.planning.domain.PlanningRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * At start-up: loads the shipped EinglMV 2022 shares if they are not there yet, and in demo mode the
 * Elbe-Elster programmes 2019 (agreed) and 2020 (as in the seed) with teams and offers.
 */
@ApplicationScoped
public class PlanningStartup {

    private static final Logger LOG = Logger.getLogger(PlanningStartup.class.getName());
    static final int SHIPPED_SHARE_YEAR = 2022;

    @Inject
    PlanningRepository repository;

    @Inject
    AllocationShareReader reader;

    @Inject
    PlanningDemoData demo;

    @Transactional
    void onStart(@Observes ApplicationStarted started) {
        if (!repository.allocationShareYears().contains(SHIPPED_SHARE_YEAR)) {
            try (InputStream csv = getClass().getResourceAsStream("/de/leitstand/planning/einglmv-2022.csv")) {
                var shares = reader.read(SHIPPED_SHARE_YEAR, csv);
                repository.replaceAllocationShares(SHIPPED_SHARE_YEAR, shares);
                LOG.info(() -> "EinglMV-Anteile 2022 geladen: " + shares.size() + " Jobcenter");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (started.demo() && repository.currentProgramme(PlanningDemoData.ELBE_ELSTER, 2020).isEmpty()) {
            demo.load();
            LOG.info("Demo-Modus: Arbeitsmarkt- und Integrationsprogramme 2019 und 2020 für Elbe-Elster geladen");
        }
    }

    /** @return whether the Jobcenter is the demo Jobcenter of planning */
    static boolean isDemo(AgencyNumber agency) {
        return PlanningDemoData.ELBE_ELSTER.equals(agency);
    }
}
