package de.leitstand.web.reporting;

import de.leitstand.programmes.api.ProgrammeManagement;
import de.leitstand.programmes.api.ProgrammeViews;
import de.leitstand.reporting.api.PaperApi;
import de.leitstand.reporting.api.PaperViews;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Committee papers: the list with release and withdrawal, and a draft from a pact's closure. This bean holds what
 * the page shows; the forms have their own small beans: {@link PaperBodyForm} (the issuing body) and
 * {@link PaperEditorForm} (the draft editor).
 */
@Named
@ViewScoped
public class PapersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    de.leitstand.web.shell.JobcenterChoice jobcenter;

    @Inject
    PaperApi papers;

    @Inject
    ProgrammeManagement programmes;

    @Inject
    de.leitstand.reporting.api.ReportingAccess access;

    @Inject
    PaperBodyForm bodyForm;

    @Inject
    PaperEditorForm editor;

    private List<PaperViews.PaperView> list = List.of();
    private List<ProgrammeViews.PactSummary> pacts = List.of();
    private PaperViews.BodyView body;
    private Long pact;
    /** The paper to open in the editor (view parameter, e.g. after "Vorlage erstellen" on a pact's closure). */
    private Long paper;
    /** The paper just released or withdrawn: its row is marked. */
    private Long justChanged;
    private de.leitstand.reporting.api.ReportingAccess.PaperRights rights;

    public void load() {
        if (!jobcenter.isReady()) {
            return;
        }
        UiErrors.attempt(() -> {
            list = papers.papers(jobcenter.agency());
            body = papers.body(jobcenter.agency());
            bodyForm.fill(body);
            pacts = programmes.pacts();
        });
        if (paper != null && editor.getEditing() == null) {
            Long open = paper;
            UiErrors.attempt(() -> editor.edit(papers.paper(open)));
        }
    }

    /** @return the Jobcenter whose papers are shown: the own one, or the one a national user has chosen */
    String agency() {
        return jobcenter.agency();
    }

    public void fromClosure() {
        if (pact == null) {
            UiTexts.error("notice.papers.waehlenBeschaeftigungspakt");
            return;
        }
        UiErrors.attempt(() -> {
            PaperViews.PaperView created = papers.createFromClosure(jobcenter.agency(), pact);
            UiTexts.info("notice.papers.entwurfAngelegtSachverhalt", created.title());
            load();
            editor.edit(created);
        });
    }

    public void release(PaperViews.PaperView released) {
        UiErrors.attempt(() -> {
            PaperViews.PaperView result = papers.release(released.id(), released.version());
            UiTexts.info("notice.papers.vorlageAlsFreigegeben", result.reference());
            justChanged = result.id();
            load();
            if (released.id().equals(editor.getEditing())) {
                editor.newPaper();
            }
        });
    }

    public void withdraw(PaperViews.PaperView withdrawn) {
        UiErrors.attempt(() -> {
            PaperViews.PaperView result = papers.withdraw(withdrawn.id(), withdrawn.version());
            UiTexts.info("notice.papers.vorlageZurueckgezogenOparl", result.reference());
            justChanged = result.id();
            load();
        });
    }

    /** @return what the caller may do with papers (write, release, the body), as the service says */
    public de.leitstand.reporting.api.ReportingAccess.PaperRights getRights() {
        if (rights == null) {
            rights = access.papers();
        }
        return rights;
    }

    public List<PaperViews.PaperView> getList() { return list; }
    public Long getPaper() { return paper; }
    public void setPaper(Long v) { paper = v; }
    public Long getJustChanged() { return justChanged; }
    public List<ProgrammeViews.PactSummary> getPacts() { return pacts; }
    public PaperViews.BodyView getBody() { return body; }
    public Long getPact() { return pact; }
    public void setPact(Long v) { pact = v; }
}
