package de.leitstand.web.controlling;

import de.leitstand.controlling.api.ControllingApi;
import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.web.shell.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.YearMonth;

/** One Kennzahl for all Jobcenters in a month, ranked; the own Jobcenter highlighted. */
@Named
@ViewScoped
public class ComparisonBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ControllingApi controlling;

    private String code = "K2";
    private String month = YearMonth.now().minusMonths(4).toString();
    private ControllingViews.Comparison comparison;

    public void compare() {
        UiErrors.attempt(() -> comparison = controlling.compare(code, YearMonth.parse(month), "GESAMT"));
    }

    public ControllingViews.Comparison getComparison() { return comparison; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getMonth() { return month; }
    public void setMonth(String v) { month = v; }
}
