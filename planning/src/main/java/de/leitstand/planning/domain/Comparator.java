package de.leitstand.planning.domain;

/** How a numeric goal value is to be met, e.g. "&lt; 5 %". */
public enum Comparator {
    LT("<"), LE("≤"), EQ("="), GE("≥"), GT(">");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
