package de.leitstand.planning.domain;

import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.Text;

/** An agreed programme version cannot change; it can only be revised into a new version. */
public class ProgrammeLockedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public ProgrammeLockedException() {
        super("PROGRAMME_AGREED", Text.of("planning.PROGRAMME_AGREED"));
    }
}
