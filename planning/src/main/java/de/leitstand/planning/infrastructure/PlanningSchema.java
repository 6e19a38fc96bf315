package de.leitstand.planning.infrastructure;

import de.leitstand.kernel.api.ContextSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** Planning's tables come after the kernel's (they refer to Jobcenters). */
@ApplicationScoped
public class PlanningSchema implements ContextSchema {

    @Override
    public String name() {
        return "planning";
    }

    @Override
    public int order() {
        return 10;
    }
}
