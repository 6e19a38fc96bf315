package de.leitstand.planning.domain;

/** Goals a Jobcenter agrees besides the § 48a targets (seed chapters 3.2 and 3.3). */
public enum GoalKind {
    LOKAL("Lokales Ziel"),
    KOMMUNAL("Kommunales Ziel");

    private final String label;

    GoalKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
