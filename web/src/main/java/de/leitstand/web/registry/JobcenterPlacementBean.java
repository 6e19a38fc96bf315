package de.leitstand.web.registry;

import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterPlacementChange;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.Land;
import de.leitstand.kernel.api.Regionaldirektion;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** ADMIN's correction of a Jobcenter's Land and Regionaldirektion on the Jobcenter page (audited by the kernel). */
@Named
@ViewScoped
public class JobcenterPlacementBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobcenterDirectory directory;

    @Inject
    JobcenterBean page;

    private Land land;
    private Regionaldirektion regionalDirectorate;

    public boolean isEditable() {
        return page.getJobcenter() != null && page.rights().editPlacement();
    }

    public void save() {
        JobcenterView jobcenter = page.getJobcenter();
        boolean saved = UiErrors.attempt(() -> page.replace(directory.updatePlacement(jobcenter.agencyNumber(),
                new JobcenterPlacementChange(getLand(), getRegionalDirectorate(), jobcenter.version()))));
        if (saved) {
            UiTexts.info("notice.jobcenterPlacement.landRegionaldirektionGespeichert");
        }
    }

    public Land[] getLands() {
        return Land.values();
    }

    public Regionaldirektion[] getRegionalDirectorates() {
        return Regionaldirektion.values();
    }

    public Land getLand() {
        return land != null ? land : page.getJobcenter() == null || page.getJobcenter().land() == null ? null
                : Land.valueOf(page.getJobcenter().land());
    }

    public void setLand(Land value) {
        land = value;
    }

    public Regionaldirektion getRegionalDirectorate() {
        if (regionalDirectorate != null || land != null) {
            return regionalDirectorate;
        }
        return page.getJobcenter() == null || page.getJobcenter().regionalDirectorate() == null ? null
                : Regionaldirektion.valueOf(page.getJobcenter().regionalDirectorate());
    }

    public void setRegionalDirectorate(Regionaldirektion value) {
        regionalDirectorate = value;
    }
}
