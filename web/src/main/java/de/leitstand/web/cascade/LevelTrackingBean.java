package de.leitstand.web.cascade;

import de.leitstand.controlling.api.ControllingApi;
import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.reporting.api.LevelTrackingApi;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.YearMonth;

/** Zielnachhaltung on the level: all its Jobcenters' tracking in one table, and one Jobcenter in detail. */
@Named
@ViewScoped
public class LevelTrackingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LevelTrackingApi tracking;

    @Inject
    ControllingApi controlling;

    private String month = YearMonth.now().minusMonths(4).toString();
    private String level;
    private LevelTrackingApi.LevelTracking table;
    private String detailAgency;
    private ControllingViews.TargetTracking detail;

    public void load() {
        YearMonth parsed = parsedMonth();
        if (parsed != null) {
            UiErrors.attempt(() -> table = tracking.levelTracking(level, parsed));
        }
    }

    private YearMonth parsedMonth() {
        try {
            return YearMonth.parse(month == null ? "" : month.trim());
        } catch (java.time.format.DateTimeParseException e) {
            UiTexts.error("notice.reports.keinMonatJjjj", month);
            return null;
        }
    }

    /** Drill-down: the tracking of one Jobcenter of the level (by gender, goals). */
    public void drill(String agencyNumber) {
        detailAgency = agencyNumber;
        YearMonth parsed = parsedMonth();
        if (parsed != null) {
            UiErrors.attempt(() -> detail = controlling.tracking(agencyNumber, parsed));
        }
    }

    public LevelTrackingApi.LevelTracking getTable() {
        if (table == null) {
            load();
        }
        return table;
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getDetailAgency() { return detailAgency; }
    public ControllingViews.TargetTracking getDetail() { return detail; }
}
