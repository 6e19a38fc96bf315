package de.leitstand.controlling.infrastructure;

import de.leitstand.controlling.domain.Gender;
import de.leitstand.controlling.domain.ImportRow;
import de.leitstand.controlling.domain.Series;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.StrictCsv;
import de.leitstand.kernel.api.StrictNumber;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.ValidationException.FieldError;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads monthly basis figures from CSV (the format is documented in the README): columns
 * {@code traeger_nr, monat, geschlecht, reihe, wert} and optionally {@code datenstand}; UTF-8 or
 * Windows-1252 (detected), separated by {@code ;} or {@code ,} (detected); with {@code ;} decimals use
 * a comma, with {@code ,} a point. Every error is collected with its line and column; a file with any
 * error is refused whole.
 */
@jakarta.enterprise.context.ApplicationScoped
public class BasisValueCsv implements de.leitstand.controlling.domain.ImportFileReader {

    static final List<String> REQUIRED = List.of("traeger_nr", "monat", "geschlecht", "reihe", "wert");
    private static final Map<String, Gender> GENDERS = Map.of("g", Gender.GESAMT, "gesamt", Gender.GESAMT,
            "insgesamt", Gender.GESAMT, "w", Gender.FRAUEN, "f", Gender.FRAUEN, "frauen", Gender.FRAUEN,
            "m", Gender.MAENNER, "maenner", Gender.MAENNER, "männer", Gender.MAENNER);
    private static final DateTimeFormatter GERMAN_MONTH = DateTimeFormatter.ofPattern("MM.yyyy");

    @Override
    public List<ImportRow> read(byte[] content, Predicate<String> knownJobcenter, Predicate<String> mayWrite,
                                YearMonth defaultVintage) {
        return parse(content, knownJobcenter, mayWrite, defaultVintage);
    }

    /**
     * @param knownJobcenter whether an agency number is in the registry
     * @param mayWrite       whether the caller may write this Jobcenter's figures
     * @param defaultVintage the vintage of rows without a {@code datenstand}
     */
    public static List<ImportRow> parse(byte[] content, Predicate<String> knownJobcenter, Predicate<String> mayWrite,
                                        YearMonth defaultVintage) {
        String text = decode(content);
        if (text.isBlank()) {
            throw new ValidationException("CSV_EMPTY", "Datei", Text.of("controlling.CSV_EMPTY"));
        }
        char delimiter = StrictCsv.delimiter(text);
        boolean decimalComma = delimiter == ';';
        List<FieldError> errors = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        Caches caches = new Caches();
        List<String> columns = List.of();
        try (CSVParser parser = StrictCsv.open(text, delimiter)) {
            List<String> headers = StrictCsv.header(parser, REQUIRED, List.of("datenstand"));
            columns = headers;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (!StrictCsv.shape(record, headers, line, errors)) {
                    continue;
                }
                Reader row = new Reader(record, headers, line, errors, caches);
                String agency = row.text("traeger_nr");
                if (agency != null) {
                    if (!AgencyNumber.isValid(agency)) {
                        row.error("traeger_nr", Text.of("controlling.CSV_AGENCY_INVALID", agency));
                        agency = null;
                    } else if (!knownJobcenter.test(agency)) {
                        row.error("traeger_nr", Text.of("controlling.CSV_JOBCENTER_UNKNOWN", agency));
                        agency = null;
                    } else if (!mayWrite.test(agency)) {
                        row.error("traeger_nr", Text.of("controlling.CSV_FIGURES_FOREIGN", agency));
                        agency = null;
                    }
                }
                YearMonth month = row.month("monat");
                Gender gender = row.gender("geschlecht");
                Series series = row.series("reihe");
                BigDecimal value = row.number("wert", decimalComma);
                YearMonth vintage = headers.contains("datenstand") && row.text("datenstand") != null
                        ? row.month("datenstand") : defaultVintage;
                if (agency != null && month != null && gender != null && series != null && value != null && vintage != null) {
                    rows.add(new ImportRow(line, agency, series, month, gender, vintage, value));
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw StrictCsv.unreadable(e, text, delimiter);
        }
        duplicates(rows, columns, errors);
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingLong(BasisValueCsv::lineOf));
            throw new ValidationException("IMPORT_INVALID", errors);
        }
        if (rows.isEmpty()) {
            throw new ValidationException("CSV_EMPTY", "Datei", Text.of("controlling.CSV_EMPTY.2"));
        }
        return rows;
    }

    /**
     * Finds the rows whose key (Jobcenter, series, month, gender, vintage) an earlier row already has,
     * by sorting the keys packed into longs (cheap for millions of rows), and names each repeat.
     */
    private static void duplicates(List<ImportRow> rows, List<String> headers, List<FieldError> errors) {
        long[] keys = new long[rows.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = pack(rows.get(i));
        }
        long[] sorted = keys.clone();
        java.util.Arrays.sort(sorted);
        Set<Long> repeated = new HashSet<>();
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                repeated.add(sorted[i]);
            }
        }
        if (repeated.isEmpty()) {
            return;
        }
        Set<Long> seen = new HashSet<>();
        int column = headers.indexOf("reihe") + 1;
        for (int i = 0; i < keys.length; i++) {
            if (repeated.contains(keys[i]) && !seen.add(keys[i])) {
                ImportRow row = rows.get(i);
                errors.add(FieldError.at(FieldError.position(row.line(), column), Text.of("controlling.CSV_ROW_TWICE", row.line(), column, row.agencyNumber(), row.series(), row.month(), row.gender().label())));
            }
        }
    }

    /** Agency (17 bits), series (5), month (15), gender (2), vintage (15): unique for years 2000–2199. */
    private static long pack(ImportRow row) {
        long key = Long.parseLong(row.agencyNumber());
        key = key << 5 | row.series().ordinal();
        key = key << 15 | monthIndex(row.month());
        key = key << 2 | row.gender().ordinal();
        return key << 15 | monthIndex(row.vintage());
    }

    private static long monthIndex(YearMonth month) {
        return (month.getYear() - 2000L) * 12 + month.getMonthValue() - 1;
    }

    private static long lineOf(FieldError error) {
        String field = error.field();
        int start = field.indexOf(' ') + 1;
        int end = field.indexOf(',');
        try {
            return Long.parseLong(field.substring(start, end < 0 ? field.length() : end));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Parsed months and series by their text: a file repeats few distinct values millions of times. */
    private static final class Caches {
        final Map<String, YearMonth> months = new java.util.HashMap<>();
        final Map<String, Series> series = new java.util.HashMap<>();
    }

    /** UTF-8 (with or without BOM) if the bytes are valid UTF-8, else Windows-1252. */
    static String decode(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, offset, content.length - offset, Charset.forName("windows-1252"));
        }
    }


    /** Reads one record's cells and reports errors with line and column. */
    private record Reader(CSVRecord record, List<String> headers, long line, List<FieldError> errors, Caches caches) {

        String text(String column) {
            int index = headers.indexOf(column);
            String value = index < record.size() ? record.get(index).trim() : "";
            if (value.isEmpty()) {
                if (!"datenstand".equals(column)) {
                    error(column, Text.of("controlling.CSV_VALUE_MISSING"));
                }
                return null;
            }
            return value;
        }

        void error(String column, Text message) {
            int col = headers.indexOf(column) + 1;
            errors.add(FieldError.at(FieldError.position(line, col),
                    Text.of("controlling.CSV_CELL", line, col, column, message)));
        }

        YearMonth month(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            YearMonth cached = caches.months.get(value);
            if (cached != null) {
                return cached;
            }
            try {
                YearMonth month = value.contains(".") ? YearMonth.parse(value, GERMAN_MONTH) : YearMonth.parse(value);
                if (month.getYear() < 2000 || month.getYear() > 2199) {
                    error(column, Text.of("controlling.CSV_MONTH_OUT_OF_RANGE", value));
                    return null;
                }
                caches.months.put(value, month);
                return month;
            } catch (DateTimeParseException e) {
                error(column, Text.of("controlling.CSV_MONTH_INVALID", value));
                return null;
            }
        }

        Gender gender(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            Gender gender = GENDERS.get(value.toLowerCase(Locale.ROOT));
            if (gender == null) {
                error(column, Text.of("controlling.CSV_GENDER_INVALID", value));
            }
            return gender;
        }

        Series series(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            Series cached = caches.series.get(value);
            if (cached != null) {
                return cached;
            }
            try {
                Series series = Series.valueOf(value.toUpperCase(Locale.ROOT));
                caches.series.put(value, series);
                return series;
            } catch (IllegalArgumentException e) {
                error(column, Text.of("controlling.CSV_SERIES_UNKNOWN", value));
                return null;
            }
        }

        BigDecimal number(String column, boolean decimalComma) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal number = StrictNumber.parse(value, decimalComma);
                if (number.signum() < 0) {
                    error(column, Text.of("controlling.VALUE_NEGATIVE", value));
                    return null;
                }
                if (number.scale() > 2) {
                    error(column, Text.of("controlling.VALUE_TWO_DECIMALS", value));
                    return null;
                }
                return number;
            } catch (NumberFormatException e) {
                error(column, StrictNumber.text(e));
                return null;
            }
        }
    }
}
