package de.leitstand.web.controlling;

import de.leitstand.controlling.api.ControllingApi;
import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.kernel.api.LeitstandException;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Uploads a CSV file of basis figures; shows every error with line and column, or what was imported. */
@Named
@ViewScoped
public class ImportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ControllingApi controlling;

    @Inject
    de.leitstand.controlling.api.ImportCheckApi imports;

    private List<ControllingViews.ImportWarningView> warnings = List.of();
    private List<ControllingViews.ImportBatchView> batches;
    private Long shownBatch;

    private List<ValidationException.FieldError> errors = List.of();
    private ControllingViews.ImportResult result;

    public void upload(FileUploadEvent event) throws IOException {
        errors = List.of();
        result = null;
        try {
            result = controlling.importFigures(event.getFile().getContent(), null);
            UiTexts.info("notice.import.werteImportiertBis", result.rows(), result.firstMonth(), result.lastMonth());
            warnings = result.importId() == null ? List.of() : imports.warnings(result.importId());
            shownBatch = result.importId();
            batches = null;
            if (!warnings.isEmpty()) {
                UiTexts.warn("notice.import.plausibilitaetswarnungenPruefenGenannten", warnings.size());
            }
        } catch (ValidationException refused) {
            errors = refused.errors();
            UiTexts.error("notice.import.dateiNichtImportiert", String.valueOf(refused.errors().size()));
        } catch (LeitstandException refused) {
            Messages.addGlobalError(refused.message(UiErrors.language()));
        }
    }

    /** Shows the warnings of an earlier import. */
    public void show(long importId) {
        de.leitstand.web.shell.UiErrors.attempt(() -> {
            warnings = imports.warnings(importId);
            shownBatch = importId;
        });
    }

    public List<ControllingViews.ImportWarningView> getWarnings() {
        return warnings;
    }

    public Long getShownBatch() {
        return shownBatch;
    }

    public List<ControllingViews.ImportBatchView> getBatches() {
        if (batches == null) {
            batches = imports.imports();
        }
        return batches;
    }

    public List<ValidationException.FieldError> getErrors() {
        return errors;
    }

    public ControllingViews.ImportResult getResult() {
        return result;
    }

    /** @return an instant in German local time */
    public String when(java.time.Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                .format(instant.atZone(java.time.ZoneId.of("Europe/Berlin")));
    }
}
