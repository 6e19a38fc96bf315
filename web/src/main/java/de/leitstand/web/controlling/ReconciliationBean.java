package de.leitstand.web.controlling;

import de.leitstand.controlling.api.ReconciliationApi;
import de.leitstand.controlling.api.ReconciliationViews;
import de.leitstand.kernel.api.LeitstandException;
import de.leitstand.kernel.api.Text;
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
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The computed Kennzahlen of a Jobcenter and month against the ones the BA published, the national list
 * of Jobcenters whose figures differ, and (CONTROLLING, ADMIN) the upload of published values.
 */
@Named
@ViewScoped
public class ReconciliationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReconciliationApi reconciliation;

    private String month = YearMonth.now().minusMonths(4).toString();
    private String agencyNumber;
    private String gender = "GESAMT";
    private ReconciliationViews.JobcenterReconciliation result;
    private ReconciliationViews.NationalReconciliation national;
    private List<ValidationException.FieldError> errors = List.of();

    public void show() {
        UiErrors.attempt(() -> {
            YearMonth parsed = parse(month);
            result = reconciliation.reconcile(agencyNumber, parsed, gender);
            national = reconciliation.national(parsed, gender);
        });
    }

    public void upload(FileUploadEvent event) throws IOException {
        errors = List.of();
        try {
            var imported = reconciliation.importPublished(event.getFile().getContent());
            UiTexts.info("notice.reconciliation.veroeffentlichteWerteImportiert", imported.rows(), imported.inserted(), imported.firstMonth(), imported.lastMonth());
        } catch (ValidationException refused) {
            errors = refused.errors();
            UiTexts.error("notice.import.dateiNichtImportiert", String.valueOf(refused.errors().size()));
        } catch (LeitstandException refused) {
            Messages.addGlobalError(refused.message(UiErrors.language()));
        }
    }

    private static YearMonth parse(String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException("MONTH_MISSING", "month", Text.of("web.MONTH_MISSING"));
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException("MONTH_INVALID", "month", Text.of("kernel.NOT_A_MONTH", value));
        }
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getAgencyNumber() { return agencyNumber; }
    public void setAgencyNumber(String agencyNumber) { this.agencyNumber = agencyNumber; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public ReconciliationViews.JobcenterReconciliation getResult() { return result; }
    public ReconciliationViews.NationalReconciliation getNational() { return national; }
    public List<ValidationException.FieldError> getErrors() { return errors; }
}
