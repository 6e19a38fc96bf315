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

    /** One chapter of the comparison: its fields (all, or only the changed ones) and how many changed. */
    public record Chapter(String name, List<ProgrammeComparison.Field> fields, long changed, int total) implements java.io.Serializable {
    }

    /** @return the chapters in document order; a chapter without changes is shown collapsed */
    public List<Chapter> getChapters() {
        if (comparison == null) {
            return List.of();
        }
        java.util.Map<String, List<ProgrammeComparison.Field>> byChapter = new java.util.LinkedHashMap<>();
        comparison.fields().forEach(f -> byChapter.computeIfAbsent(f.chapter(), c -> new java.util.ArrayList<>()).add(f));
        return byChapter.entrySet().stream().map(e -> new Chapter(e.getKey(),
                e.getValue().stream().filter(f -> !onlyChanges || f.changed()).toList(),
                e.getValue().stream().filter(ProgrammeComparison.Field::changed).count(), e.getValue().size())).toList();
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
