package de.leitstand.kernel.infrastructure;

import de.leitstand.kernel.api.ContextSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The kernel's tables come first: every context refers to Jobcenters and users. */
@ApplicationScoped
public class KernelSchema implements ContextSchema {

    @Override
    public String name() {
        return "kernel";
    }

    @Override
    public int order() {
        return 0;
    }
}
