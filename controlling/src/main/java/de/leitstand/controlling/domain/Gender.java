package de.leitstand.controlling.domain;

/** The § 3 VO split: every figure exists in total and for women and men. */
public enum Gender {
    GESAMT("insgesamt"),
    FRAUEN("Frauen"),
    MAENNER("Männer");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
