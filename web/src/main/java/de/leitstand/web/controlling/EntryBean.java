package de.leitstand.web.controlling;

import de.leitstand.controlling.api.BasisEntryApi;
import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.kernel.api.LeitstandException;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry form of basis values: a Jobcenter (national roles choose one) and a month ({@code ?month=2020-06}),
 * every series × total/women/men with its current value, vintage and source; saving sends the changed cells
 * with the state they were shown in, shows refused cells next to their field and the plausibility warnings.
 */
@Named
@ViewScoped
public class EntryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BasisEntryApi entries;

    @Inject
    de.leitstand.web.shell.JobcenterChoice jobcenterChoice;

    @Inject
    Caller caller;

    private String month;
    private String jobcenter;
    private LocalDate monthPicked;
    private BasisEntryApi.Sheet sheet;
    private List<EntryRow> rows = List.of();
    private Map<String, String> errors = new HashMap<>();
    private List<ControllingViews.ImportWarningView> warnings;
    private Long savedBatch;

    /** Called by the page's view action: reads {@code month} and {@code jobcenter} from the URL. */
    public void load() {
        YearMonth parsed = YearMonth.now().minusMonths(3);
        if (month != null && !month.isBlank()) {
            try {
                parsed = YearMonth.parse(month.trim());
            } catch (DateTimeParseException e) {
                UiTexts.error("notice.reports.keinMonatJjjj", month);
            }
        }
        monthPicked = parsed.atDay(1);
        YearMonth shown = parsed;
        if (caller.isNational()) {
            // the Jobcenter of the address, else the one chosen in this session on another page; none: the page asks
            jobcenterChoice.choose(blankToNull(jobcenter));
            jobcenter = jobcenterChoice.agency();
            if (jobcenter == null) {
                return;
            }
        }
        UiErrors.attempt(() -> fill(entries.sheet(caller.isNational() ? jobcenter : null, shown)));
    }

    private void fill(BasisEntryApi.Sheet loaded) {
        sheet = loaded;
        jobcenter = loaded.agencyNumber();
        month = loaded.month().toString();
        rows = EntryRow.of(loaded.cells());
    }

    /** Shows the chosen Jobcenter and month (a bookmarkable URL). */
    public String show() {
        YearMonth chosen = monthPicked == null ? YearMonth.now().minusMonths(3) : YearMonth.from(monthPicked);
        return "/controlling/entry?faces-redirect=true&month=" + chosen
                + (caller.isNational() && jobcenter != null ? "&jobcenter=" + jobcenter : "");
    }

    public void save() {
        errors = new HashMap<>();
        List<BasisEntryApi.Change> changes = rows.stream().flatMap(row -> row.getCells().stream())
                .filter(EntryCell::changed).map(EntryCell::change).toList();
        if (changes.isEmpty()) {
            UiTexts.info("notice.entry.keinWertGeaendert");
            return;
        }
        try {
            BasisEntryApi.Saved saved = entries.save(sheet.agencyNumber(), sheet.month(), null, changes);
            warnings = saved.warnings();
            savedBatch = saved.importId();
            UiTexts.info("notice.entry.werteGespeichert", saved.stored(), sheet.jobcenterName(), sheet.month());
            if (!warnings.isEmpty()) {
                UiTexts.warn("notice.entry.plausibilitaetswarnungenPruefenGenannten", warnings.size());
            }
            fill(entries.sheet(sheet.agencyNumber(), sheet.month()));
        } catch (ValidationException refused) {
            refused.errors().forEach(e -> errors.put(e.field(), e.message(UiErrors.language())));
            UiTexts.error("notice.entry.nichtsGespeichertWert", String.valueOf(refused.errors().size()));
            Faces.validationFailed();
        } catch (LeitstandException refused) {
            UiErrors.show(refused);
        }
    }

    /** @return the refusal of a cell's last save, or {@code null} */
    public String error(EntryCell input) {
        return errors.get(input.getCell().field());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getMonth() { return month; }
    public void setMonth(String value) { month = value; }
    public String getJobcenter() { return jobcenter; }
    public void setJobcenter(String value) { jobcenter = value; }
    public LocalDate getMonthPicked() { return monthPicked; }
    public void setMonthPicked(LocalDate value) { monthPicked = value; }
    public BasisEntryApi.Sheet getSheet() { return sheet; }
    public List<EntryRow> getRows() { return rows; }
    public List<ControllingViews.ImportWarningView> getWarnings() { return warnings; }
    public Long getSavedBatch() { return savedBatch; }
}
