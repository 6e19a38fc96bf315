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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Committee papers: the issuing body, the list, the draft editor (new, from a pact's closure) and the release. */
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

    private List<PaperViews.PaperView> list = List.of();
    private List<ProgrammeViews.PactSummary> pacts = List.of();
    private PaperViews.BodyView body;
    // body form
    private String bodyName;
    private String bodyOffice;
    private String bodyTerm;
    private Integer bodyNext;
    private LocalDate termStart;
    private LocalDate termEnd;
    private String ags;
    private String signerRole;
    private String signerName;
    // editor
    private Long editing;
    private Long editingVersion;
    private String type = "MITTEILUNGSVORLAGE";
    private boolean publicPaper = true;
    private LocalDate date = LocalDate.now();
    private String title;
    private String facts;
    private String decision;
    private String signatureRole = "In Vertretung";
    private String signatureName;
    private final List<Step> steps = new ArrayList<>();
    private Long pact;
    /** The paper to open in the editor (view parameter, e.g. after "Vorlage erstellen" on a pact's closure). */
    private Long paper;
    /** The paper just released or withdrawn: its row is marked. */
    private Long justChanged;

    /** One editable row of the Beratungsfolge. */
    public static class Step implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate date;
        private LocalTime time;
        private String committee;
        private String role;

        public LocalDate getDate() { return date; }
        public void setDate(LocalDate v) { date = v; }
        public LocalTime getTime() { return time; }
        public void setTime(LocalTime v) { time = v; }
        public String getCommittee() { return committee; }
        public void setCommittee(String v) { committee = v; }
        public String getRole() { return role; }
        public void setRole(String v) { role = v; }
    }

    public void load() {
        if (!jobcenter.isReady()) {
            return;
        }
        UiErrors.attempt(() -> {
            list = papers.papers(jobcenter.agency());
            body = papers.body(jobcenter.agency());
            bodyName = body.name();
            bodyOffice = body.office();
            bodyTerm = body.electoralTerm();
            bodyNext = body.nextNumber();
            termStart = body.termStart();
            termEnd = body.termEnd();
            ags = body.ags();
            signerRole = body.signerRole();
            signerName = body.signerName();
            pacts = programmes.pacts();
        });
        if (paper != null && editing == null) {
            Long open = paper;
            UiErrors.attempt(() -> edit(papers.paper(open)));
        }
        if (steps.isEmpty()) {
            blankSteps();
        }
    }

    private void blankSteps() {
        steps.clear();
        for (int i = 0; i < 3; i++) {
            steps.add(new Step());
        }
        steps.get(0).setCommittee("Ausschuss für das Jobcenter");
        steps.get(0).setRole("Kenntnisnahme");
    }

    public void saveBody() {
        if (UiErrors.attempt(() -> papers.saveBody(jobcenter.agency(), new PaperViews.BodyChange(bodyName, bodyOffice, bodyTerm, bodyNext,
                termStart, termEnd, ags, signerRole, signerName, body.version())))) {
            UiTexts.info("notice.papers.koerperschaftNummernschemaGespeichert");
            load();
        }
    }

    public void newPaper() {
        editing = null;
        editingVersion = null;
        type = "MITTEILUNGSVORLAGE";
        publicPaper = true;
        date = LocalDate.now();
        title = null;
        facts = null;
        decision = null;
        signatureRole = "In Vertretung";
        signatureName = null;
        blankSteps();
    }

    public void edit(PaperViews.PaperView paper) {
        editing = paper.id();
        editingVersion = paper.version();
        type = paper.type();
        publicPaper = paper.publicPaper();
        date = paper.date();
        title = paper.title();
        facts = paper.facts();
        decision = paper.decisionProposal();
        signatureRole = paper.signatureRole();
        signatureName = paper.signatureName();
        steps.clear();
        for (PaperViews.ConsultationView c : paper.consultations()) {
            Step step = new Step();
            step.setDate(c.date());
            step.setTime(c.time());
            step.setCommittee(c.committee());
            step.setRole(c.role());
            steps.add(step);
        }
        while (steps.size() < 3) {
            steps.add(new Step());
        }
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
            edit(created);
        });
    }

    public void save() {
        List<PaperViews.ConsultationInput> consultations = steps.stream()
                .filter(s -> s.getDate() != null || s.getCommittee() != null && !s.getCommittee().isBlank())
                .map(s -> new PaperViews.ConsultationInput(s.getDate(), s.getTime(), s.getCommittee(), s.getRole())).toList();
        PaperViews.PaperInput input = new PaperViews.PaperInput(type, publicPaper, date, title, facts, decision, signatureRole,
                signatureName, consultations, editingVersion);
        UiErrors.attempt(() -> {
            PaperViews.PaperView saved = editing == null ? papers.create(null, input) : papers.change(editing, input);
            UiTexts.info("notice.papers.entwurfGespeichert", saved.title());
            load();
            edit(saved);
        });
    }

    public void release(PaperViews.PaperView paper) {
        UiErrors.attempt(() -> {
            PaperViews.PaperView released = papers.release(paper.id(), paper.version());
            UiTexts.info("notice.papers.vorlageAlsFreigegeben", released.reference());
            justChanged = released.id();
            load();
            if (paper.id().equals(editing)) {
                newPaper();
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

    public List<PaperViews.PaperView> getList() { return list; }
    public Long getPaper() { return paper; }
    public void setPaper(Long v) { paper = v; }
    public Long getJustChanged() { return justChanged; }
    public List<ProgrammeViews.PactSummary> getPacts() { return pacts; }
    public PaperViews.BodyView getBody() { return body; }
    public List<Step> getSteps() { return steps; }
    public Long getEditing() { return editing; }
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
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public boolean isPublicPaper() { return publicPaper; }
    public void setPublicPaper(boolean v) { publicPaper = v; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate v) { date = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getFacts() { return facts; }
    public void setFacts(String v) { facts = v; }
    public String getDecision() { return decision; }
    public void setDecision(String v) { decision = v; }
    public String getSignatureRole() { return signatureRole; }
    public void setSignatureRole(String v) { signatureRole = v; }
    public String getSignatureName() { return signatureName; }
    public void setSignatureName(String v) { signatureName = v; }
    public Long getPact() { return pact; }
    public void setPact(Long v) { pact = v; }
}
