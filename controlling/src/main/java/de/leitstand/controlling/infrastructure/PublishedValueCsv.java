package de.leitstand.controlling.infrastructure;

import de.leitstand.controlling.domain.Gender;
import de.leitstand.controlling.domain.PublishedRow;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.StrictCsv;
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
            throw new ValidationException("CSV_EMPTY", "Datei", "Die Datei ist leer.");
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
                        row.error("traeger_nr", "„" + agency + "“ ist keine fünfstellige Träger-Nummer");
                        agency = null;
                    } else if (!knownJobcenter.test(agency)) {
                        row.error("traeger_nr", "ein Jobcenter " + agency + " gibt es nicht");
                        agency = null;
                    } else if (!mayWrite.test(agency)) {
                        row.error("traeger_nr", "Werte des Jobcenters " + agency + " dürfen Sie nicht importieren");
                        agency = null;
                    }
                }
                YearMonth month = row.month("monat");
                Gender gender = row.gender();
                String code = row.text("kennzahl", true);
                if (code != null && !knownCode.test(code.toUpperCase(Locale.ROOT))) {
                    row.error("kennzahl", "die Kennzahl „" + code + "“ gibt es nicht");
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
                        row.error("kennzahl", "dieselbe Kennzahl steht schon in Zeile " + first
                                + " (Jobcenter, Monat, Geschlecht und Datenstand gleich)");
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
            throw new ValidationException("CSV_EMPTY", "Datei", "Die Datei enthält keine Werte.");
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
                    error(column, "der Wert fehlt");
                }
                return null;
            }
            return value;
        }

        void error(String column, String message) {
            int col = headers.indexOf(column) + 1;
            errors.add(new FieldError("Zeile " + line + ", Spalte " + col, "Zeile " + line + ", Spalte " + col + " (" + column + "): " + message + "."));
        }

        YearMonth month(String column) {
            String value = text(column, true);
            if (value == null) {
                return null;
            }
            try {
                YearMonth month = value.contains(".") ? YearMonth.parse(value, GERMAN_MONTH) : YearMonth.parse(value);
                if (month.getYear() < 2000 || month.getYear() > 2199) {
                    error(column, "der Monat " + value + " liegt nicht zwischen 2000 und 2199");
                    return null;
                }
                return month;
            } catch (DateTimeParseException e) {
                error(column, "„" + value + "“ ist kein Monat (JJJJ-MM oder MM.JJJJ)");
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
                error("geschlecht", "„" + value + "“ ist kein Geschlechtscode (G, W oder M)");
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
                error(column, "„" + value + "“ ist keine Zahl ≥ 0" + (decimalComma ? " mit Dezimalkomma" : " mit Dezimalpunkt"));
                return null;
            }
            BigDecimal number = new BigDecimal(decimalComma ? value.replace(".", "").replace(',', '.') : value);
            if (number.scale() > 4) {
                error(column, "der Wert " + value + " hat mehr als vier Nachkommastellen");
                return null;
            }
            if (number.precision() - number.scale() > 15) {
                error(column, "der Wert " + value + " ist zu groß");
                return null;
            }
            return number;
        }
    }
}
