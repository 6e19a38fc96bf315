package de.leitstand.reporting.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and dates as German documents print them: "5.485", "−488.858" (with the minus sign U+2212),
 * "23,4 %", "14.11.2019". A missing value prints as "–". Templates call it as {@code fmt}.
 */
public final class GermanFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String MISSING = "–";

    /** Whole number with thousands separators, e.g. 9069867 → "9.069.867". */
    public String integer(Number value) {
        return value == null ? MISSING : format(decimal(value).setScale(0, RoundingMode.HALF_UP), 0);
    }

    /** One decimal place, e.g. −5.39 → "−5,4". */
    public String decimal1(Number value) {
        return value == null ? MISSING : format(decimal(value).setScale(1, RoundingMode.HALF_UP), 1);
    }

    /** Two decimal places, e.g. 1234.5 → "1.234,50". */
    public String decimal2(Number value) {
        return value == null ? MISSING : format(decimal(value).setScale(2, RoundingMode.HALF_UP), 2);
    }

    /** A share or rate in %, one place: "23,4 %". */
    public String percent(Number value) {
        return value == null ? MISSING : decimal1(value) + " %";
    }

    /** A change in %, signed, one place: "−1,4 %", "+2,0 %", "0,0 %" (the "Veränderung" Kennzahlen). */
    public String change(Number value) {
        if (value == null) {
            return MISSING;
        }
        BigDecimal rounded = decimal(value).setScale(1, RoundingMode.HALF_UP);
        return (rounded.signum() > 0 ? "+" : "") + format(rounded, 1) + " %";
    }

    /** Euro without cents: "8.581.009 €". */
    public String euro(Number value) {
        return value == null ? MISSING : integer(value) + " €";
    }

    public String date(LocalDate date) {
        return date == null ? MISSING : DATE.format(date);
    }

    private static BigDecimal decimal(Number value) {
        return value instanceof BigDecimal big ? big : new BigDecimal(value.toString());
    }

    private static String format(BigDecimal value, int places) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.GERMANY);
        symbols.setMinusSign('\u2212');
        DecimalFormat format = new DecimalFormat(places == 0 ? "#,##0" : "#,##0." + "0".repeat(places), symbols);
        return format.format(value);
    }
}
