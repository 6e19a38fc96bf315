package de.leitstand.kernel.api.export;

/**
 * How a column's values are written. Numbers keep their {@link #scale()} (half-up) in every format;
 * money always keeps its cents. Percent columns hold percent points (12.3 for 12.3 %).
 */
public enum ColumnType {
    TEXT(-1),
    WHOLE_NUMBER(0),
    DECIMAL_1(1),
    DECIMAL_2(2),
    /** Euros with cents. */
    MONEY(2),
    PERCENT_1(1),
    PERCENT_2(2),
    /** A Kennzahl's value as published (four decimal places). */
    PERCENT_4(4),
    /** A {@code LocalDate}. */
    DATE(-1),
    /** A {@code YearMonth} (a reporting month), written {@code 2020-12}. */
    MONTH(-1);

    private final int scale;

    ColumnType(int scale) {
        this.scale = scale;
    }

    /** Decimal places of a numeric type, -1 for the others. */
    public int scale() {
        return scale;
    }

    public boolean numeric() {
        return scale >= 0;
    }
}
