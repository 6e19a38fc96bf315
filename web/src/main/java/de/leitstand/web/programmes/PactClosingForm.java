package de.leitstand.web.programmes;

import de.leitstand.programmes.api.ProgrammeInputs;
import de.leitstand.programmes.api.ProgrammeManagement;
import de.leitstand.programmes.api.ProgrammeViews;
import de.leitstand.reporting.api.PaperApi;
import de.leitstand.reporting.api.ReportingAccess;
import de.leitstand.reporting.api.PaperViews;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;

/** The pact page's closure of the own participation, and the Mitteilungsvorlage drafted on it. */
@Named
@ViewScoped
public class PactClosingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PactBean page;

    @Inject
    ProgrammeManagement programmes;

    @Inject
    PaperApi papers;

    @Inject
    ReportingAccess reportingAccess;

    private LocalDate closedOn;
    private String closingRemark;

    public void close() {
        ProgrammeViews.ClosureSummary[] result = new ProgrammeViews.ClosureSummary[1];
        if (UiErrors.attempt(() -> result[0] = programmes.close(page.getId(), new ProgrammeInputs.Closing(getClosedOn(), closingRemark)))) {
            page.closed(result[0]);
            UiTexts.info("notice.pact.programmteilnahmeAbgeschlossen");
        }
    }

    /** Drafts the Mitteilungsvorlage on this closure and opens it in the papers' editor. */
    public String createPaper() {
        PaperViews.PaperView[] created = new PaperViews.PaperView[1];
        if (UiErrors.attempt(() -> created[0] = papers.createFromClosure(null, page.getId()))) {
            UiTexts.flashInfo("notice.pact.entwurfAngelegtSachverhalt", created[0].title());
            return "/reporting/papers?faces-redirect=true&paper=" + created[0].id();
        }
        return null;
    }

    /** @return whether the caller may draft the Mitteilungsvorlage on the closure, as the papers' service says */
    public boolean isMayCreatePaper() {
        return reportingAccess.papers().write();
    }

    /** @return the closing date, at first the end of the pact's phase */
    public LocalDate getClosedOn() {
        return closedOn == null && page.getPact() != null ? page.getPact().phase().to() : closedOn;
    }

    public void setClosedOn(LocalDate v) { closedOn = v; }
    public String getClosingRemark() { return closingRemark; }
    public void setClosingRemark(String v) { closingRemark = v; }
}
