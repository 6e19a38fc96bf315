package de.leitstand.controlling.infrastructure;

import de.leitstand.kernel.api.ContextSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** Controlling's tables come after planning's (it reads planning's targets through its api). */
@ApplicationScoped
public class ControllingSchema implements ContextSchema {

    @Override
    public String name() {
        return "controlling";
    }

    @Override
    public int order() {
        return 30;
    }
}
