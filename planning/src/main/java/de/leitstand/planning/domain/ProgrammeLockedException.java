package de.leitstand.planning.domain;

import de.leitstand.kernel.api.ConflictException;

/** An agreed programme version cannot change; it can only be revised into a new version. */
public class ProgrammeLockedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public ProgrammeLockedException() {
        super("PROGRAMME_AGREED", "Diese Version ist vereinbart und kann nicht mehr geändert werden. "
                + "Für Änderungen schreiben Sie das Programm fort (neue Version mit Begründung).");
    }
}
