package de.leitstand.controlling.application;

import de.leitstand.controlling.domain.ControllingRepository;
import de.leitstand.controlling.domain.Gender;
import de.leitstand.controlling.domain.KpiDefinition;
import de.leitstand.controlling.domain.MonthlyFigures;
import de.leitstand.kernel.api.AgencyNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import java.time.YearMonth;
import java.util.List;

/**
 * How the use cases read basis figures and the Kennzahlen catalogue: through {@link RequestFigures} while a
 * request is active (one read per page instead of one per call), straight from the repository otherwise
 * (start-up, scheduled work). Every write of basis values calls {@link #forget()}.
 */
@ApplicationScoped
public class FigureReads {

    @Inject
    ControllingRepository repository;

    @Inject
    RequestFigures requestFigures;

    @Inject
    BeanManager beans;

    /** The same answer as {@link ControllingRepository#figures}. */
    public MonthlyFigures figures(AgencyNumber agency, Gender gender, YearMonth from, YearMonth to, YearMonth vintage) {
        return inRequest() ? requestFigures.figures(agency, gender, from, to, vintage) : repository.figures(agency, gender, from, to, vintage);
    }

    /** The Kennzahlen catalogue, all versions. */
    public List<KpiDefinition> catalogue() {
        return inRequest() ? requestFigures.catalogue() : repository.catalogue();
    }

    /** The programme a Jobcenter steers by in a year: asked of planning once per request. */
    public java.util.Optional<de.leitstand.planning.api.ProgrammeView.Steering> programme(AgencyNumber agency, int year,
            java.util.function.Supplier<java.util.Optional<de.leitstand.planning.api.ProgrammeView.Steering>> read) {
        return inRequest() ? requestFigures.programme(agency, year, read) : read.get();
    }

    /** After a write: what this request read is read again. */
    public void forget() {
        if (inRequest()) {
            requestFigures.forget();
        }
    }

    private boolean inRequest() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}
