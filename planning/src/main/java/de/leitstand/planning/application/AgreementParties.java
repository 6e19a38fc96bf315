package de.leitstand.planning.application;

import de.leitstand.kernel.api.JobcenterView;

import java.util.List;

/**
 * The parties of a Zielvereinbarung by Trägerform (§ 48b Abs. 1 SGB II): for a gemeinsame Einrichtung the
 * Bundesagentur für Arbeit (its Regionaldirektion, through the Agentur für Arbeit) and the kommunaler Träger
 * with the Geschäftsführung of the gE; for a zugelassener kommunaler Träger the Land with the zkT.
 */
final class AgreementParties {

    private AgreementParties() {
    }

    static List<String> of(JobcenterView jobcenter) {
        String director = jobcenter.managingDirector() == null ? "" : " (" + jobcenter.managingDirector() + ")";
        if (jobcenter.isGemeinsameEinrichtung()) {
            return List.of(
                    "Bundesagentur für Arbeit, " + jobcenter.regionalDirectorateName() + ", vertreten durch die Agentur für Arbeit",
                    "Kommunaler Träger des Jobcenters " + jobcenter.name(),
                    "Geschäftsführung des Jobcenters " + jobcenter.name() + director);
        }
        return List.of("Land " + jobcenter.landName(),
                "Zugelassener kommunaler Träger " + jobcenter.name() + director);
    }
}
