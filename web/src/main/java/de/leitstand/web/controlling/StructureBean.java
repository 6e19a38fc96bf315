package de.leitstand.web.controlling;

import de.leitstand.controlling.api.StructureApi;
import de.leitstand.controlling.api.StructureViews;
import de.leitstand.kernel.api.LeitstandException;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.web.shell.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The Jobcenter's structure figures: the programme document's tables, annual averages, import and entry. */
@Named
@ViewScoped
public class StructureBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StructureApi structure;

    private String period = String.valueOf(YearMonth.now().getYear() - 1);
    private String employmentMonth = YearMonth.now().minusYears(1).withMonth(4).toString();
    private String unemploymentMonth = YearMonth.now().minusYears(1).withMonth(9).toString();
    private StructureViews.Table prognosis;
    private StructureViews.Table employment;
    private StructureViews.Table unemployment;
    private List<StructureViews.AnnualAverage> averages = List.of();
    private List<ValidationException.FieldError> errors = List.of();
    // entry
    private String figure = "ELB_IP";
    private String entryPeriod;
    private String category;
    private String ageGroup;
    private BigDecimal value;

    public void load() {
        UiErrors.attempt(() -> {
            prognosis = structure.prognosis(null, period);
            employment = structure.employment(null, month(employmentMonth));
            unemployment = structure.unemployment(null, month(unemploymentMonth));
            int last = Integer.parseInt(period.substring(0, 4));
            averages = structure.annualAverages(null, last - 10, last);
        });
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new ValidationException("MONTH_INVALID", "month", "„" + text + "“ ist kein Monat (JJJJ-MM).");
        }
    }

    public void upload(FileUploadEvent event) {
        errors = List.of();
        try {
            StructureViews.ImportResult result = structure.importFigures(event.getFile().getContent(), null);
            Messages.addGlobalInfo("{0} Strukturwerte importiert ({1}).", result.rows(), String.join(", ", result.periods()));
            load();
        } catch (ValidationException refused) {
            errors = refused.errors();
            Messages.addGlobalError("Die Datei wurde nicht importiert: " + refused.errors().size() + " Fehler. Es wurde nichts übernommen.");
        } catch (LeitstandException refused) {
            Messages.addGlobalError(refused.getMessage());
        }
    }

    public void enter() {
        if (UiErrors.attempt(() -> structure.enter(null, figure, entryPeriod, category, ageGroup, value, null))) {
            Messages.addGlobalInfo("Der Wert {0} ({1}, {2}) ist gespeichert.", figure, entryPeriod, category == null ? "" : category);
            load();
        }
    }

    /** ELB and Bedarfsgemeinschaften as annual averages over the years, as a Chart.js line chart. */
    public String getAveragesChart() {
        JsonArrayBuilder labels = de.leitstand.kernel.api.Jsons.array();
        JsonArrayBuilder elb = de.leitstand.kernel.api.Jsons.array();
        JsonArrayBuilder bg = de.leitstand.kernel.api.Jsons.array();
        for (StructureViews.AnnualAverage a : averages) {
            labels.add(String.valueOf(a.year()));
            if (a.elb() == null) {
                elb.addNull();
            } else {
                elb.add(a.elb());
            }
            if (a.bg() == null) {
                bg.addNull();
            } else {
                bg.add(a.bg());
            }
        }
        return de.leitstand.kernel.api.Jsons.object().add("type", "line")
                .add("data", de.leitstand.kernel.api.Jsons.object().add("labels", labels).add("datasets", de.leitstand.kernel.api.Jsons.array()
                        .add(de.leitstand.kernel.api.Jsons.object().add("label", "ELB (Jahresdurchschnitt)").add("data", elb).add("borderColor", "#0b5394"))
                        .add(de.leitstand.kernel.api.Jsons.object().add("label", "Bedarfsgemeinschaften (Jahresdurchschnitt)").add("data", bg)
                                .add("borderColor", "#a61c00"))))
                .build().toString();
    }

    public List<StructureViews.FigureView> getFigures() {
        return structure.figures();
    }

    public StructureViews.FigureView getSelectedFigure() {
        return structure.figures().stream().filter(f -> f.code().equals(figure)).findFirst().orElse(null);
    }

    public boolean isAnyAverage() {
        return averages.stream().anyMatch(a -> a.elb() != null || a.bg() != null);
    }

    public StructureViews.Table getPrognosis() { return prognosis; }
    public StructureViews.Table getEmployment() { return employment; }
    public StructureViews.Table getUnemployment() { return unemployment; }
    public List<StructureViews.AnnualAverage> getAverages() { return averages; }
    public List<ValidationException.FieldError> getErrors() { return errors; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public String getEmploymentMonth() { return employmentMonth; }
    public void setEmploymentMonth(String v) { employmentMonth = v; }
    public String getUnemploymentMonth() { return unemploymentMonth; }
    public void setUnemploymentMonth(String v) { unemploymentMonth = v; }
    public String getFigure() { return figure; }
    public void setFigure(String v) { figure = v; }
    public String getEntryPeriod() { return entryPeriod; }
    public void setEntryPeriod(String v) { entryPeriod = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public String getAgeGroup() { return ageGroup; }
    public void setAgeGroup(String v) { ageGroup = v; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal v) { value = v; }
}
