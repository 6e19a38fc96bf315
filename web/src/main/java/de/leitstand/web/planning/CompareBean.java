package de.leitstand.web.planning;

import de.leitstand.planning.api.ProgrammeComparison;
import de.leitstand.planning.api.ProgrammePlanning;
import de.leitstand.planning.api.ProgrammeSummary;
import de.leitstand.web.shell.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Two programme versions side by side, field by field; optionally only what changed. */
@Named
@ViewScoped
public class CompareBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    de.leitstand.web.shell.JobcenterChoice jobcenter;

    @Inject
    ProgrammePlanning planning;

    private Long left;
    private Long right;
    private boolean onlyChanges = true;
    private ProgrammeComparison comparison;
    private List<ProgrammeSummary> versions;

    public void load() {
        if (!jobcenter.isReady()) {
            return;
        }
        versions = planning.list(jobcenter.agency(), null);
        if (left != null && right != null) {
            compare();
        }
    }

    public void compare() {
        UiErrors.attempt(() -> comparison = planning.compare(left, right));
    }

    public List<ProgrammeComparison.Field> getFields() {
        if (comparison == null) {
            return List.of();
        }
        return comparison.fields().stream().filter(f -> !onlyChanges || f.changed()).toList();
    }

    public ProgrammeComparison getComparison() { return comparison; }
    public List<ProgrammeSummary> getVersions() { return versions; }
    public Long getLeft() { return left; }
    public void setLeft(Long v) { left = v; }
    public Long getRight() { return right; }
    public void setRight(Long v) { right = v; }
    public boolean isOnlyChanges() { return onlyChanges; }
    public void setOnlyChanges(boolean v) { onlyChanges = v; }
}
