package de.leitstand.web.planning;

import de.leitstand.planning.api.ProgrammePlanning;
import de.leitstand.planning.api.ProgrammeView;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A tab of the programme editor: fills its form from the programme once per loaded version (so typed
 * input survives a refused save) and saves through the editor, which keeps the version current.
 */
abstract class ProgrammeTabForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeEditorBean editor;

    @Inject
    ProgrammePlanning planning;

    private Long loadedVersion;

    /** Called before the page renders. */
    public void init() {
        ProgrammeView programme = editor.getProgramme();
        if (programme == null || Long.valueOf(programme.summary().version()).equals(loadedVersion)) {
            return;
        }
        loadedVersion = programme.summary().version();
        fill(programme);
    }

    /** Copies the programme's values into the form. */
    protected abstract void fill(ProgrammeView programme);

    protected void save(Supplier<ProgrammeView> change, String noticeKey) {
        if (editor.apply(change, noticeKey)) {
            init();
        }
    }
}
