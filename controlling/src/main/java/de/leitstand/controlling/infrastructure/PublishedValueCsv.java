package de.leitstand.controlling.infrastructure;

import de.leitstand.controlling.domain.Gender;
import de.leitstand.controlling.domain.PublishedRow;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.StrictCsv;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.ValidationException.FieldError;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the Kennzahlen as the BA publishes them (format in the README): columns {@code traeger_nr, monat,
 * geschlecht, kennzahl, wert, zaehler, nenner, datenstand}; {@code zaehler} and {@code nenner} may be empty.
 * Same encodings and separators as the basis figures: with {@code ;} the BA's decimal comma (and {@code .}
 * for thousands), with {@code ,} a decimal point. Every error is named with line and column; a file with
 * any error is refused whole.
 */
@jakarta.enterprise.context.ApplicationScoped
public class PublishedValueCsv implements de.leitstand.controlling.domain.PublishedFileReader {

    static final List<String> REQUIRED = List.of("traeger_nr", "monat", "geschlecht", "kennzahl", "wert", "zaehler", "nenner", "datenstand");
    private static final Map<String, Gender> GENDERS = Map.of("g", Gender.GESAMT, "insgesamt", Gender.GESAMT, "gesamt", Gender.GESAMT,
            "w", Gender.FRAUEN, "frauen", Gender.FRAUEN, "m", Gender.MAENNER, "maenner", Gender.MAENNER, "männer", Gender.MAENNER);
    private static final DateTimeFormatter GERMAN_MONTH = DateTimeFormatter.ofPattern("MM.yyyy");

    @Override
    public List<PublishedRow> read(byte[] content, Predicate<String> knownJobcenter, Predicate<String> mayWrite,
                                   Predicate<String> knownCode) {
        return parse(content, knownJobcenter, mayWrite, knownCode);
    }

    /**
     * @param knownJobcenter whether an agency number is in the registry
     * @param mayWrite       whether the caller may import this Jobcenter's values
     * @param knownCode      whether a Kennzahl code is in the catalogue (upper case)
     */
    public static List<PublishedRow> parse(byte[] content, Predicate<String> knownJobcenter, Predicate<String> mayWrite,
                                           Predicate<String> knownCode) {
        String text = BasisValueCsv.decode(content == null ? new byte[0] : content);
        if (text.isBlank()) {
            throw new ValidationException("CSV_EMPTY", "Datei", Text.of("controlling.CSV_EMPTY"));
        }
        char delimiter = StrictCsv.delimiter(text);
        List<FieldError> errors = new ArrayList<>();
        List<PublishedRow> rows = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        try (CSVParser parser = StrictCsv.open(text, delimiter)) {
            List<String> headers = StrictCsv.header(parser, REQUIRED, List.of());
            for (CSVRecord record : parser) {
                if (!StrictCsv.shape(record, headers, parser.getCurrentLineNumber(), errors)) {
                    continue;
                }
                Cells row = new Cells(record, headers, parser.getCurrentLineNumber(), errors, delimiter == ';');
                String agency = row.text("traeger_nr", true);
                if (agency != null) {
                    if (!AgencyNumber.isValid(agency)) {
                        row.error("traeger_nr", Text.of("controlling.CSV_AGENCY_INVALID", agency));
                        agency = null;
                    } else if (!knownJobcenter.test(agency)) {
                        row.error("traeger_nr", Text.of("controlling.CSV_JOBCENTER_UNKNOWN", agency));
                        agency = null;
                    } else if (!mayWrite.test(agency)) {
                        row.error("traeger_nr", Text.of("controlling.CSV_VALUES_FOREIGN", agency));
                        agency = null;
                    }
                }
                YearMonth month = row.month("monat");
                Gender gender = row.gender();
                String code = row.text("kennzahl", true);
                if (code != null && !knownCode.test(code.toUpperCase(Locale.ROOT))) {
                    row.error("kennzahl", Text.of("controlling.CSV_KPI_UNKNOWN", code));
                    code = null;
                }
                BigDecimal value = row.number("wert", true);
                BigDecimal numerator = row.number("zaehler", false);
                BigDecimal denominator = row.number("nenner", false);
                YearMonth vintage = row.month("datenstand");
                if (agency != null && month != null && gender != null && code != null && value != null && vintage != null) {
                    String key = agency + "|" + month + "|" + gender + "|" + code.toUpperCase(Locale.ROOT) + "|" + vintage;
                    Long first = seen.putIfAbsent(key, row.line());
                    if (first != null) {
                        row.error("kennzahl", Text.of("controlling.CSV_KPI_TWICE", first));
                    } else {
                        rows.add(new PublishedRow(row.line(), agency, month, gender, code.toUpperCase(Locale.ROOT), value,
                                numerator, denominator, vintage));
                    }
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw StrictCsv.unreadable(e, text, delimiter);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException("IMPORT_INVALID", errors);
        }
        if (rows.isEmpty()) {
            throw new ValidationException("CSV_EMPTY", "Datei", Text.of("controlling.CSV_EMPTY.2"));
        }
        return rows;
    }

    /** One record's cells; errors name line and column. */
    private record Cells(CSVRecord record, List<String> headers, long line, List<FieldError> errors, boolean decimalComma) {

        String text(String column, boolean required) {
            int index = headers.indexOf(column);
            String value = index < record.size() ? record.get(index).trim() : "";
            if (value.isEmpty()) {
                if (required) {
                    error(column, Text.of("controlling.CSV_VALUE_MISSING"));
                }
                return null;
            }
            return value;
        }

        void error(String column, Text message) {
            int col = headers.indexOf(column) + 1;
            errors.add(FieldError.at(FieldError.position(line, col), Text.of("controlling.CSV_CELL", line, col, column, message)));
        }

        YearMonth month(String column) {
            String value = text(column, true);
            if (value == null) {
                return null;
            }
            try {
                YearMonth month = value.contains(".") ? YearMonth.parse(value, GERMAN_MONTH) : YearMonth.parse(value);
                if (month.getYear() < 2000 || month.getYear() > 2199) {
                    error(column, Text.of("controlling.CSV_MONTH_OUT_OF_RANGE", value));
                    return null;
                }
                return month;
            } catch (DateTimeParseException e) {
                error(column, Text.of("controlling.CSV_MONTH_INVALID", value));
                return null;
            }
        }

        Gender gender() {
            String value = text("geschlecht", true);
            if (value == null) {
                return null;
            }
            Gender gender = GENDERS.get(value.toLowerCase(Locale.ROOT));
            if (gender == null) {
                error("geschlecht", Text.of("controlling.CSV_GENDER_INVALID", value));
            }
            return gender;
        }

        /** A number ≥ 0 with at most four decimals; decimal comma with {@code ;}, decimal point with {@code ,}. */
        BigDecimal number(String column, boolean required) {
            String value = text(column, required);
            if (value == null) {
                return null;
            }
            if (!(decimalComma ? value.matches("\\d{1,3}(\\.\\d{3})*(,\\d+)?|\\d+(,\\d+)?") : value.matches("\\d+(\\.\\d+)?"))) {
                error(column, Text.of(decimalComma ? "controlling.CSV_NOT_A_NUMBER_COMMA" : "controlling.CSV_NOT_A_NUMBER_POINT", value));
                return null;
            }
            BigDecimal number = new BigDecimal(decimalComma ? value.replace(".", "").replace(',', '.') : value);
            if (number.scale() > 4) {
                error(column, Text.of("controlling.CSV_VALUE_FOUR_DECIMALS", value));
                return null;
            }
            if (number.precision() - number.scale() > 15) {
                error(column, Text.of("controlling.CSV_VALUE_TOO_LARGE", value));
                return null;
            }
            return number;
        }
    }
}
