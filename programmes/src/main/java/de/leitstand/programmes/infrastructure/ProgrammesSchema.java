package de.leitstand.programmes.infrastructure;

import de.leitstand.kernel.api.ContextSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** Programmes' tables come after the kernel's (they refer to Jobcenters). */
@ApplicationScoped
public class ProgrammesSchema implements ContextSchema {

    @Override
    public String name() {
        return "programmes";
    }

    @Override
    public int order() {
        return 20;
    }
}
