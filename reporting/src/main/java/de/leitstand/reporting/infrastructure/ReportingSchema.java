package de.leitstand.reporting.infrastructure;

import de.leitstand.kernel.api.ContextSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** Reporting's tables come last: it reads every other context through its api. */
@ApplicationScoped
public class ReportingSchema implements ContextSchema {

    @Override
    public String name() {
        return "reporting";
    }

    @Override
    public int order() {
        return 50;
    }
}
