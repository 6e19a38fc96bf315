package de.leitstand.web.reporting;

import de.leitstand.planning.api.ProgrammePlanning;
import de.leitstand.planning.api.ProgrammeSummary;
import de.leitstand.reporting.api.ReportingApi;
import de.leitstand.reporting.api.ReportingViews;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The Berichte page: generate the programme document of a planning version, preview it, download the history. */
@Named
@ViewScoped
public class ReportsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    de.leitstand.web.shell.JobcenterChoice jobcenter;

    @Inject
    de.leitstand.web.shell.MonthChoice months;

    @Inject
    ReportingApi reporting;

    @Inject
    ProgrammePlanning planning;

    @Inject
    de.leitstand.reporting.api.ReportingAccess access;

    private List<ProgrammeSummary> programmes;
    private List<ReportingViews.DocumentView> documents = List.of();
    private Long programme;
    private String reportMonth;
    private String latestMonth;

    public void load() {
        if (!jobcenter.isReady()) {
            return;
        }
        if (latestMonth == null) {
            latestMonth = months.latest(jobcenter.agency());
            reportMonth = de.leitstand.web.shell.MonthChoice.opening(reportMonth, latestMonth);
        }
        UiErrors.attempt(() -> {
            programmes = planning.list(jobcenter.agency(), null);
            if (programme == null && !programmes.isEmpty()) {
                programme = programmes.stream().filter(ProgrammeSummary::current).map(ProgrammeSummary::id).findFirst()
                        .orElse(programmes.get(0).id());
            }
            documents = reporting.documents(jobcenter.agency());
        });
    }

    /** @return whether the caller generates documents, as the service says */
    public boolean isMayGenerate() {
        return access.documents().generate();
    }

    public void generate() {
        if (programme == null) {
            UiTexts.error("notice.reports.waehlenPlanungsversion");
            return;
        }
        if (UiErrors.attempt(() -> {
            ReportingViews.DocumentView document = reporting.generateProgramme(programme);
            UiTexts.info("notice.reports.programmdokumentErzeugtKb", document.title(), document.size() / 1024);
        })) {
            load();
        }
    }

    public void generateControlling() {
        java.time.YearMonth month;
        try {
            month = java.time.YearMonth.parse(reportMonth == null ? "" : reportMonth.trim());
        } catch (java.time.format.DateTimeParseException e) {
            UiTexts.error("notice.reports.keinMonatJjjj", reportMonth);
            return;
        }
        if (UiErrors.attempt(() -> {
            ReportingViews.DocumentView document = reporting.generateControllingReport(jobcenter.agency(), month);
            UiTexts.info("notice.reports.erzeugtKb", document.title(), document.size() / 1024);
        })) {
            load();
        }
    }

    /** @return the latest month with figures (JJJJ-MM), empty when there are none */
    public String getLatestMonth() { return latestMonth; }

    public String getReportMonth() { return reportMonth; }
    public void setReportMonth(String v) { reportMonth = v; }

    public List<ProgrammeSummary> getProgrammes() {
        if (programmes == null) {
            load();
        }
        return programmes == null ? List.of() : programmes;
    }

    private static final java.time.format.DateTimeFormatter STAMP =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(java.time.ZoneId.of("Europe/Berlin"));

    /** When a document was generated, in German local time. */
    public String stamp(ReportingViews.DocumentView document) {
        return STAMP.format(document.generatedAt());
    }

    public List<ReportingViews.DocumentView> getDocuments() { return documents; }
    public Long getProgramme() { return programme; }
    public void setProgramme(Long v) { programme = v; }
}
