package de.leitstand.web.planning;

import de.leitstand.kernel.api.Text;
import de.leitstand.planning.api.PlanningAccess;
import de.leitstand.planning.api.ProgrammeInputs;
import de.leitstand.planning.api.ProgrammePlanning;
import de.leitstand.planning.api.ProgrammeSummary;
import de.leitstand.planning.api.ProgrammeView;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The programme editor: holds the version being edited (its id and optimistic-lock version, shared
 * by the tab forms) and runs the workflow steps.
 */
@Named
@ViewScoped
public class ProgrammeEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammePlanning planning;

    @Inject
    PlanningAccess access;

    private Long id;
    private ProgrammeView programme;
    private LocalDate agreedOn = LocalDate.now();
    private String agreedBy;
    private String revisionReason;

    /** View action. */
    public void load() {
        if (id == null) {
            throw new de.leitstand.kernel.api.NotFoundException("PROGRAMME_NOT_FOUND", Text.of("web.PROGRAMME_NOT_FOUND"));
        }
        programme = planning.get(id);
    }

    /** Runs a change; on success the editor shows the saved state and the new version. */
    boolean apply(Supplier<ProgrammeView> change, String noticeKey) {
        ProgrammeView[] result = new ProgrammeView[1];
        boolean ok = UiErrors.attempt(() -> result[0] = change.get());
        if (ok) {
            programme = result[0];
            UiTexts.info(noticeKey);
        }
        return ok;
    }

    public void submit() {
        apply(() -> planning.submit(id, step()), "notice.programmeEditor.versionJetztIn");
    }

    public void returnToDraft() {
        apply(() -> planning.returnToDraft(id, step()), "notice.programmeEditor.versionZurBearbeitung");
    }

    public void agree() {
        apply(() -> planning.agree(id, new ProgrammeInputs.Agreement(agreedOn, agreedBy, version())),
                "notice.programmeEditor.programmVereinbartDiese");
    }

    public void revise() throws IOException {
        ProgrammeView[] revision = new ProgrammeView[1];
        if (UiErrors.attempt(() -> revision[0] = planning.revise(id, new ProgrammeInputs.Revision(revisionReason, version())))) {
            UiTexts.flashInfo("notice.programmeEditor.neueVersionAngelegt", revision[0].summary().versionNumber());
            Faces.redirect("planning/programme.xhtml?id=" + revision[0].summary().id());
        }
    }

    private ProgrammeInputs.Step step() {
        return new ProgrammeInputs.Step(version());
    }

    long version() {
        return programme.summary().version();
    }

    public boolean isMayPrepare() {
        return access.rights().prepare();
    }

    public boolean isEditable() {
        return programme != null && programme.summary().editable() && isMayPrepare();
    }

    public boolean isMayAgree() {
        return access.rights().agree() && "IN_ABSTIMMUNG".equals(programme.summary().status());
    }

    public boolean isMaySubmit() {
        return isEditable() && !"IN_ABSTIMMUNG".equals(programme.summary().status());
    }

    public boolean isMayRevise() {
        return isMayPrepare() && "VEREINBART".equals(programme.summary().status()) && programme.summary().current();
    }

    /** @return all versions of this Jobcenter and year, newest first */
    public List<ProgrammeSummary> getVersions() {
        return planning.list(programme.summary().agencyNumber(), programme.summary().year());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ProgrammeView getProgramme() { return programme; }
    void setProgramme(ProgrammeView programme) { this.programme = programme; }
    public LocalDate getAgreedOn() { return agreedOn; }
    public void setAgreedOn(LocalDate agreedOn) { this.agreedOn = agreedOn; }
    public String getAgreedBy() { return agreedBy; }
    public void setAgreedBy(String agreedBy) { this.agreedBy = agreedBy; }
    public String getRevisionReason() { return revisionReason; }
    public void setRevisionReason(String revisionReason) { this.revisionReason = revisionReason; }
}
