package de.leitstand.web.cascade;

import de.leitstand.planning.api.TargetAgreements;
import de.leitstand.planning.api.TargetAgreements.LevelOverview;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The supervising level's planning round: every Jobcenter's status, offers against reference values, totals; publishing a basis. */
@Named
@ViewScoped
public class LevelOverviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TargetAgreements agreements;

    private int year = LocalDate.now().getYear() + 1;
    private String level;
    private LevelOverview overview;
    private String basisAgency;
    private LocalDate deadline = LocalDate.now().plusWeeks(4);
    private BigDecimal rateLow;
    private BigDecimal rateHigh;
    private BigDecimal rateWomen;
    private BigDecimal rateMen;
    private BigDecimal lzbLow;
    private BigDecimal lzbHigh;
    private String note;

    public void load() {
        UiErrors.attempt(() -> overview = agreements.overview(level, year));
    }

    public void publish() {
        if (UiErrors.attempt(() -> agreements.publish(new TargetAgreements.BasisInput(basisAgency, year, deadline, rateLow, rateHigh,
                rateWomen, null, rateMen, null, lzbLow, lzbHigh, note)))) {
            UiTexts.info("notice.levelOverview.planungsgrundlageVeroeffentlicht");
            basisAgency = null;
            note = null;
            load();
        }
    }

    /** @return the Jobcenters of the level that have no planning basis for the year yet */
    public java.util.List<TargetAgreements.OverviewRow> getWithoutBasis() {
        return overview == null ? java.util.List.of()
                : overview.rows().stream().filter(r -> r.agreementId() == null).toList();
    }

    public LevelOverview getOverview() {
        if (overview == null) {
            load();
        }
        return overview;
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getBasisAgency() { return basisAgency; }
    public void setBasisAgency(String value) { basisAgency = value; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate value) { deadline = value; }
    public BigDecimal getRateLow() { return rateLow; }
    public void setRateLow(BigDecimal value) { rateLow = value; }
    public BigDecimal getRateHigh() { return rateHigh; }
    public void setRateHigh(BigDecimal value) { rateHigh = value; }
    public BigDecimal getRateWomen() { return rateWomen; }
    public void setRateWomen(BigDecimal value) { rateWomen = value; }
    public BigDecimal getRateMen() { return rateMen; }
    public void setRateMen(BigDecimal value) { rateMen = value; }
    public BigDecimal getLzbLow() { return lzbLow; }
    public void setLzbLow(BigDecimal value) { lzbLow = value; }
    public BigDecimal getLzbHigh() { return lzbHigh; }
    public void setLzbHigh(BigDecimal value) { lzbHigh = value; }
    public String getNote() { return note; }
    public void setNote(String value) { note = value; }
}
