package de.leitstand.web.planning;

import de.leitstand.planning.api.AllocationPlanning;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Estimates from the Eingliederungsmittelverordnung for the user's Jobcenter; for ADMIN also the import
 * of a year's shares and the federal share of administrative costs.
 */
@Named
@ViewScoped
public class AllocationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AllocationPlanning allocation;


    private Integer year;
    private BigDecimal integrationAnnex2;
    private BigDecimal integrationAnnex3;
    private BigDecimal administrationAnnex4;
    private AllocationPlanning.Estimate estimate;
    private Integer importYear;
    private transient Part file;
    private Integer shareYear;
    private AllocationPlanning.FederalShareView federalShare;
    private BigDecimal federalPercent;
    private AllocationPlanning.AllocationRights rights;

    public List<Integer> getYears() {
        return allocation.shareYears();
    }

    public void calculate() {
        UiErrors.attempt(() -> estimate = allocation.estimate(null, year == null ? 0 : year, integrationAnnex2,
                integrationAnnex3, administrationAnnex4));
    }

    public void importShares() {
        if (file == null || file.getSize() == 0) {
            UiTexts.error("notice.allocation.waehlenCsvDatei");
            return;
        }
        int[] imported = new int[1];
        if (UiErrors.attempt(() -> {
            try (InputStream in = file.getInputStream()) {
                imported[0] = allocation.importShares(importYear == null ? 0 : importYear, in);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })) {
            UiTexts.info("notice.allocation.anteileUebernommen", imported[0], String.valueOf(importYear));
        }
    }

    public void loadFederalShare() {
        if (shareYear != null) {
            federalShare = allocation.federalShare(shareYear);
            federalPercent = federalShare.percent();
        }
    }

    public void saveFederalShare() {
        if (UiErrors.attempt(() -> federalShare = allocation.changeFederalShare(shareYear == null ? 0 : shareYear,
                federalPercent, federalShare == null ? 0 : federalShare.version()))) {
            UiTexts.info("notice.allocation.bundesanteilGespeichert");
        }
    }

    /** @return whether the caller maintains the shares (import, federal share), as the service says */
    public boolean isMayMaintainShares() {
        if (rights == null) {
            rights = allocation.rights();
        }
        return rights.maintainShares();
    }

    public Integer getYear() { return year; }
    public void setYear(Integer v) { year = v; }
    public BigDecimal getIntegrationAnnex2() { return integrationAnnex2; }
    public void setIntegrationAnnex2(BigDecimal v) { integrationAnnex2 = v; }
    public BigDecimal getIntegrationAnnex3() { return integrationAnnex3; }
    public void setIntegrationAnnex3(BigDecimal v) { integrationAnnex3 = v; }
    public BigDecimal getAdministrationAnnex4() { return administrationAnnex4; }
    public void setAdministrationAnnex4(BigDecimal v) { administrationAnnex4 = v; }
    public AllocationPlanning.Estimate getEstimate() { return estimate; }
    public Integer getImportYear() { return importYear; }
    public void setImportYear(Integer v) { importYear = v; }
    public Part getFile() { return file; }
    public void setFile(Part v) { file = v; }
    public Integer getShareYear() { return shareYear; }
    public void setShareYear(Integer v) { shareYear = v; }
    public AllocationPlanning.FederalShareView getFederalShare() { return federalShare; }
    public BigDecimal getFederalPercent() { return federalPercent; }
    public void setFederalPercent(BigDecimal v) { federalPercent = v; }
}
