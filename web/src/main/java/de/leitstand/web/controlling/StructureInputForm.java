package de.leitstand.web.controlling;

import de.leitstand.controlling.api.StructureApi;
import de.leitstand.controlling.api.StructureViews;
import de.leitstand.kernel.api.LeitstandException;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The structure page's forms: a file of structure figures, and one value entered by hand. */
@Named
@ViewScoped
public class StructureInputForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StructureBean page;

    @Inject
    de.leitstand.web.shell.JobcenterChoice jobcenter;

    @Inject
    StructureApi structure;

    private List<ValidationException.FieldError> errors = List.of();
    private String figure = "ELB_IP";
    private String entryPeriod;
    private String category;
    private String ageGroup;
    private BigDecimal value;

    public void upload(FileUploadEvent event) {
        errors = List.of();
        try {
            StructureViews.ImportResult result = structure.importFigures(event.getFile().getContent(), null);
            UiTexts.info("notice.structure.strukturwerteImportiert", result.rows(), String.join(", ", result.periods()));
            page.reload();
        } catch (ValidationException refused) {
            errors = refused.errors();
            UiTexts.error("notice.import.dateiNichtImportiert", String.valueOf(refused.errors().size()));
        } catch (LeitstandException refused) {
            Messages.addGlobalError(refused.message(UiErrors.language()));
        }
    }

    public void enter() {
        if (UiErrors.attempt(() -> structure.enter(jobcenter.agency(), figure, entryPeriod, category, ageGroup, value, null))) {
            UiTexts.info("notice.structure.wertGespeichert", figure, entryPeriod, category == null ? "" : category);
            page.reload();
        }
    }

    public List<StructureViews.FigureView> getFigures() {
        return structure.figures();
    }

    public StructureViews.FigureView getSelectedFigure() {
        return structure.figures().stream().filter(f -> f.code().equals(figure)).findFirst().orElse(null);
    }

    public List<ValidationException.FieldError> getErrors() { return errors; }
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
