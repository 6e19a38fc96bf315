package de.leitstand.web.reporting;

import de.leitstand.reporting.api.PaperApi;
import de.leitstand.reporting.api.PaperViews;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;

/** The papers page's form of the issuing body: name, office, electoral term, numbering and who signs. */
@Named
@ViewScoped
public class PaperBodyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PapersBean page;

    @Inject
    PaperApi papers;

    private long version;
    private String bodyName;
    private String bodyOffice;
    private String bodyTerm;
    private Integer bodyNext;
    private LocalDate termStart;
    private LocalDate termEnd;
    private String ags;
    private String signerRole;
    private String signerName;

    /** Fills the form with the body as stored. */
    void fill(PaperViews.BodyView body) {
        version = body.version();
        bodyName = body.name();
        bodyOffice = body.office();
        bodyTerm = body.electoralTerm();
        bodyNext = body.nextNumber();
        termStart = body.termStart();
        termEnd = body.termEnd();
        ags = body.ags();
        signerRole = body.signerRole();
        signerName = body.signerName();
    }

    public void saveBody() {
        if (UiErrors.attempt(() -> papers.saveBody(page.agency(), new PaperViews.BodyChange(bodyName, bodyOffice, bodyTerm, bodyNext,
                termStart, termEnd, ags, signerRole, signerName, version)))) {
            UiTexts.info("notice.papers.koerperschaftNummernschemaGespeichert");
            page.load();
        }
    }

    public String getBodyName() { return bodyName; }
    public void setBodyName(String v) { bodyName = v; }
    public String getBodyOffice() { return bodyOffice; }
    public void setBodyOffice(String v) { bodyOffice = v; }
    public String getBodyTerm() { return bodyTerm; }
    public void setBodyTerm(String v) { bodyTerm = v; }
    public Integer getBodyNext() { return bodyNext; }
    public void setBodyNext(Integer v) { bodyNext = v; }
    public LocalDate getTermStart() { return termStart; }
    public void setTermStart(LocalDate v) { termStart = v; }
    public LocalDate getTermEnd() { return termEnd; }
    public void setTermEnd(LocalDate v) { termEnd = v; }
    public String getAgs() { return ags; }
    public void setAgs(String v) { ags = v; }
    public String getSignerRole() { return signerRole; }
    public void setSignerRole(String v) { signerRole = v; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String v) { signerName = v; }
}
