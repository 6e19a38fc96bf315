package de.leitstand.kernel.api.export;

import de.leitstand.kernel.api.StrictNumber;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The query parameters of an export, read the one strict way: a missing or malformed value is a 400
 * naming the parameter; numbers go through {@link StrictNumber} (whole numbers only, no grouping).
 */
public final class ExportParameters {

    private final Map<String, String> values;

    public ExportParameters(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** @return the value as sent, or {@code null} */
    public String get(String name) {
        return values.get(name);
    }

    public boolean present(String name) {
        String value = values.get(name);
        return value != null && !value.isBlank();
    }

    /** @return the trimmed value; 400 {@code PARAMETER_MISSING} when it is absent or blank */
    public String required(String name) {
        if (!present(name)) {
            throw new ValidationException("PARAMETER_MISSING", name, Text.of("kernel.PARAMETER_MISSING", name));
        }
        return values.get(name).trim();
    }

    /** A reporting month {@code JJJJ-MM}, required. */
    public YearMonth month(String name) {
        String value = required(name);
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException("MONTH_INVALID", name, Text.of("kernel.NOT_A_MONTH", value));
        }
    }

    /** A reporting month or {@code null} when not given. */
    public YearMonth optionalMonth(String name) {
        return present(name) ? month(name) : null;
    }

    /** A year, required. */
    public int year(String name) {
        String value = required(name);
        try {
            return Math.toIntExact(whole(value));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ValidationException("YEAR_INVALID", name, Text.of("kernel.NOT_A_YEAR", value));
        }
    }

    /** A year or {@code null} when not given. */
    public Integer optionalYear(String name) {
        return present(name) ? year(name) : null;
    }

    /** An identifier (programme, pact, funding programme…), required. */
    public long id(String name) {
        String value = required(name);
        try {
            return whole(value);
        } catch (NumberFormatException e) {
            throw new ValidationException("PARAMETER_INVALID", name, Text.of("kernel.NOT_A_NUMBER", value));
        }
    }

    /** Digits only (no sign, grouping, fraction or exponent), within the range {@link StrictNumber} allows. */
    private static long whole(String value) {
        if (!value.matches("\\d+")) {
            throw new NumberFormatException(value);
        }
        return StrictNumber.parseWhole(value, StrictNumber.Style.ENGLISH);
    }

    /** A date {@code JJJJ-MM-TT} or {@code null} when not given. */
    public LocalDate date(String name) {
        if (!present(name)) {
            return null;
        }
        String value = values.get(name).trim();
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException("DATE_INVALID", name, Text.of("kernel.NOT_A_DATE", value));
        }
    }

    /** The parameters as sent, in order (for the file name). */
    public Map<String, String> values() {
        return values;
    }
}
