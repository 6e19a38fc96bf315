package de.leitstand.planning.infrastructure;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.StrictCsv;
import de.leitstand.kernel.api.StrictNumber;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.ValidationException.FieldError;
import de.leitstand.planning.domain.AllocationShare;
import de.leitstand.planning.domain.AllocationShareReader;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a year's EinglMV shares: the columns of the shipped 2022 file, separated by comma or semicolon,
 * decimals with comma or point. Every error is collected with its line and column; any error refuses the file.
 */
@ApplicationScoped
public class AllocationShareCsv implements AllocationShareReader {

    static final List<String> COLUMNS = List.of("traeger_nr", "egl_anteil_anl2_pct", "egl_anteil_anl3_pct",
            "vk_anteil_anl4_pct", "vk_anteil_ge_anl5_pct");
    /** Columns of the shipped file that are read over: the Jobcenter's form and name. */
    static final List<String> OPTIONAL = List.of("traeger_form", "jobcenter");

    @Override
    public List<AllocationShare> read(int year, InputStream input) {
        List<FieldError> errors = new ArrayList<>();
        List<AllocationShare> shares = new ArrayList<>();
        String content;
        try {
            content = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ValidationException("CSV_UNREADABLE", "Datei", Text.of("planning.CSV_UNREADABLE"));
        }
        String header = content.lines().findFirst().orElse(null);
        if (header == null || content.isBlank()) {
            throw new ValidationException("CSV_EMPTY", FieldError.position(1).german(), Text.of("planning.CSV_EMPTY"));
        }
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
        try (var parser = StrictCsv.open(content, delimiter)) {
            List<String> headers = StrictCsv.header(parser, COLUMNS, OPTIONAL);
            Set<String> seen = new HashSet<>();
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (!StrictCsv.shape(row, headers, line, errors)) {
                    continue;
                }
                String agency = value(row, headers, "traeger_nr");
                if (!AgencyNumber.isValid(agency)) {
                    errors.add(error(line, headers, "traeger_nr", Text.of("planning.CSV_AGENCY_INVALID", agency)));
                } else if (!seen.add(agency)) {
                    errors.add(error(line, headers, "traeger_nr", Text.of("planning.CSV_AGENCY_TWICE", agency)));
                }
                BigDecimal[] values = new BigDecimal[4];
                for (int i = 0; i < 4; i++) {
                    String column = COLUMNS.get(i + 1);
                    String text = value(row, headers, column);
                    if (text == null || text.isEmpty()) {
                        continue;
                    }
                    try {
                        values[i] = StrictNumber.parse(text, text.contains(",")
                                ? StrictNumber.Style.GERMAN : StrictNumber.Style.ENGLISH);
                        if (values[i].signum() < 0 || values[i].compareTo(BigDecimal.valueOf(100)) > 0) {
                            errors.add(error(line, headers, column, Text.of("planning.CSV_SHARE_OUT_OF_RANGE", text)));
                        }
                    } catch (NumberFormatException e) {
                        errors.add(error(line, headers, column, StrictNumber.text(e)));
                    }
                }
                shares.add(new AllocationShare(year, agency, values[0], values[1], values[2], values[3]));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw StrictCsv.unreadable(e, content, delimiter);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException("CSV_INVALID", errors);
        }
        if (shares.isEmpty()) {
            throw new ValidationException("CSV_EMPTY", "Datei", Text.of("planning.CSV_EMPTY.2"));
        }
        return shares;
    }

    private static String value(CSVRecord row, List<String> headers, String column) {
        int index = headers.indexOf(column);
        return index < row.size() ? row.get(index).trim() : null;
    }

    private static FieldError error(long line, List<String> headers, String column, Text message) {
        int col = headers.indexOf(column) + 1;
        return FieldError.at(FieldError.position(line, col), Text.of("planning.CSV_CELL", line, col, column, message));
    }
}
