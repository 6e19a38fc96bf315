package de.leitstand.planning.domain;

/** Whether a local or municipal goal is agreed yet (the seed: "derzeit in Abstimmung"). */
public enum GoalStatus {
    IN_ABSTIMMUNG("In Abstimmung"),
    VEREINBART("Vereinbart");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
