package de.leitstand.web.planning;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A month and its value, for the twelve inputs of a target path or spending profile. */
public class MonthValue implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int month;
    private BigDecimal value;

    MonthValue(int month, BigDecimal value) {
        this.month = month;
        this.value = value;
    }

    /** @return twelve months with the given values (missing ones empty) */
    static List<MonthValue> of(List<BigDecimal> values) {
        List<MonthValue> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new MonthValue(m, values.size() >= m ? values.get(m - 1) : null));
        }
        return months;
    }

    public int getMonth() {
        return month;
    }

    public String getName() {
        return Month.of(month).getDisplayName(TextStyle.SHORT, Locale.GERMAN);
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }
}
