package de.leitstand.kernel.api;

import de.leitstand.kernel.api.ValidationException.FieldError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared rules of every CSV importer: a header line that names exactly the known columns (each
 * once), records no wider than the header, no second header line, and a file that cannot be read
 * (an unterminated quote) refused with its line and column instead of failing. Numbers are read with
 * {@link StrictNumber}.
 */
public final class StrictCsv {

    private static final Pattern START_LINE = Pattern.compile("startline ([\\d,.\u00a0\u202f]+)");

    private StrictCsv() {
    }

    /**
     * The delimiter, read from the header line: {@code ;} (the German style, with a decimal comma) when the
     * header has semicolons and no more commas than semicolons, otherwise {@code ,} (decimal point).
     */
    public static char delimiter(String text) {
        String header = text.lines().findFirst().orElse("");
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > 0 && semicolons >= commas ? ';' : ',';
    }

    /** @return a parser of the text with a header line, the delimiter given, blank lines skipped */
    public static CSVParser open(String text, char delimiter) throws IOException {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).setAllowMissingColumnNames(true)
                .get().parse(new StringReader(text));
    }

    /**
     * Checks the header line: every required column present, every column known and named once.
     *
     * @return the column names, trimmed, lower case, without a byte order mark
     * @throws ValidationException {@code CSV_HEADER_INVALID} naming line 1 and each bad column
     */
    public static List<String> header(CSVParser parser, List<String> required, List<String> optional) {
        List<String> headers = parser.getHeaderNames().stream()
                .map(h -> h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT)).toList();
        String expected = String.join(";", required) + (optional.isEmpty() ? "" : "[;" + String.join(";", optional) + "]");
        List<FieldError> errors = new ArrayList<>();
        for (String column : required) {
            if (!headers.contains(column)) {
                errors.add(FieldError.at(FieldError.position(1), Text.of("kernel.CSV_COLUMN_MISSING", column, expected)));
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            String column = headers.get(i);
            Text at = FieldError.position(1, i + 1);
            if (!required.contains(column) && !optional.contains(column)) {
                errors.add(FieldError.at(at, Text.of("kernel.CSV_COLUMN_UNKNOWN", at.capitalized(), column, expected)));
            } else if (headers.indexOf(column) < i) {
                errors.add(FieldError.at(at, Text.of("kernel.CSV_COLUMN_TWICE", at.capitalized(), column)));
            }
        }
        if (!errors.isEmpty()) {
            boolean missing = required.stream().anyMatch(column -> !headers.contains(column));
            throw new ValidationException(missing ? "CSV_COLUMN_MISSING" : "CSV_HEADER_INVALID", errors);
        }
        return headers;
    }

    /**
     * Checks a record's shape against the header.
     *
     * @return whether the record may be read; otherwise its error (line and column) was added
     */
    public static boolean shape(CSVRecord record, List<String> headers, long line, List<FieldError> errors) {
        if (record.size() > headers.size()) {
            Text at = FieldError.position(line, headers.size() + 1);
            errors.add(FieldError.at(at, Text.of("kernel.CSV_ROW_TOO_WIDE", at.capitalized(), record.size(), headers.size())));
            return false;
        }
        if (record.size() == headers.size()) {
            boolean repeated = true;
            for (int i = 0; i < headers.size() && repeated; i++) {
                repeated = record.get(i).trim().toLowerCase(Locale.ROOT).equals(headers.get(i));
            }
            if (repeated) {
                Text at = FieldError.position(line, 1);
                errors.add(FieldError.at(at, Text.of("kernel.CSV_HEADER_AGAIN", at.capitalized())));
                return false;
            }
        }
        return true;
    }

    /**
     * A file the CSV reader gave up on (e.g. a quote that is never closed), as a refusal naming the
     * line and column where the broken cell starts.
     */
    public static ValidationException unreadable(Exception failure, String text, char delimiter) {
        String message = String.valueOf(failure.getMessage()) + " " + (failure.getCause() == null ? "" : failure.getCause().getMessage());
        Matcher start = START_LINE.matcher(message);
        if (start.find()) {
            int line = Integer.parseInt(start.group(1).replaceAll("\\D", ""));
            String content = text.lines().skip(line - 1L).findFirst().orElse("");
            int column = 1;
            boolean quoted = false;
            int quoteColumn = 1;
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                    if (quoted) {
                        quoteColumn = column;
                    }
                } else if (c == delimiter && !quoted) {
                    column++;
                }
            }
            Text at = FieldError.position(line, quoteColumn);
            return new ValidationException("CSV_UNREADABLE", at.german(),
                    Text.of("kernel.CSV_QUOTE_OPEN", at.capitalized()));
        }
        return new ValidationException("CSV_UNREADABLE", "Datei",
                Text.of("kernel.CSV_UNREADABLE"));
    }
}
