package de.leitstand.web.controlling;

import de.leitstand.controlling.api.ControllingApi;
import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.web.shell.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/** The own Jobcenter's Kennzahlen of a month with numerators and denominators, and the year's target tracking. */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ControllingApi controlling;

    private String month = YearMonth.now().minusMonths(4).toString();
    private String gender = "GESAMT";
    private List<ControllingViews.KpiView> kpis;
    private ControllingViews.TargetTracking tracking;
    private List<ControllingViews.BasisValueView> basis;

    public void load() {
        UiErrors.attempt(() -> {
            YearMonth parsed = parse();
            kpis = controlling.kpis(null, parsed, gender, null);
            tracking = controlling.tracking(null, parsed);
            basis = controlling.basisValues(null, parsed);
        });
    }

    private YearMonth parse() {
        try {
            return YearMonth.parse(month);
        } catch (java.time.format.DateTimeParseException e) {
            throw new de.leitstand.kernel.api.ValidationException("MONTH_INVALID", "month", "„" + month + "“ ist kein Monat (JJJJ-MM).");
        }
    }

    public List<ControllingViews.KpiView> getKpis() {
        if (kpis == null) {
            load();
        }
        return kpis;
    }

    public ControllingViews.TargetTracking getTracking() {
        return tracking;
    }

    public List<ControllingViews.BasisValueView> getBasis() {
        return basis;
    }

    public String getMonth() { return month; }
    public void setMonth(String v) { month = v; }
    public String getGender() { return gender; }
    public void setGender(String v) { gender = v; }
}
