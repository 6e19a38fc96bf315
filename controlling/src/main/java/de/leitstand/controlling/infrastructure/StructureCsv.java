package de.leitstand.controlling.infrastructure;

import de.leitstand.controlling.domain.StructureFigure;
import de.leitstand.controlling.domain.StructureRules;
import de.leitstand.controlling.domain.StructureRow;
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
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads structure figures from CSV (format in the README): columns {@code traeger_nr, zeitraum, merkmal,
 * kategorie, altersgruppe, wert} and optionally {@code datenstand}. {@code zeitraum} is a year (annual
 * average) or a month; {@code kategorie} may be empty for figures without categories, {@code altersgruppe}
 * for figures without an age split. Encoding, delimiter and decimals as for the basis figures. Every error
 * is collected with line and column; a file with any error is refused whole.
 */
public final class StructureCsv {

    static final List<String> REQUIRED = List.of("traeger_nr", "zeitraum", "merkmal", "kategorie", "altersgruppe", "wert");
    private static final DateTimeFormatter GERMAN_MONTH = DateTimeFormatter.ofPattern("MM.yyyy");

    private StructureCsv() {
    }

    public static List<StructureRow> parse(byte[] content, Predicate<String> knownJobcenter, Predicate<String> mayWrite,
                                           YearMonth defaultVintage) {
        String text = BasisValueCsv.decode(content == null ? new byte[0] : content);
        if (text.isBlank()) {
            throw new ValidationException("CSV_EMPTY", "Datei", Text.of("controlling.CSV_EMPTY"));
        }
        char delimiter = StrictCsv.delimiter(text);
        boolean decimalComma = delimiter == ';';
        List<FieldError> errors = new ArrayList<>();
        List<StructureRow> rows = new ArrayList<>();
        try (CSVParser parser = StrictCsv.open(text, delimiter)) {
            List<String> headers = StrictCsv.header(parser, REQUIRED, List.of("datenstand"));
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (!StrictCsv.shape(record, headers, line, errors)) {
                    continue;
                }
                Cells row = new Cells(record, headers, line, errors);
                String agency = row.text("traeger_nr", true);
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
                StructureFigure figure = row.figure();
                String period = row.period(figure);
                String category = figure == null ? null : row.category(figure);
                String age = figure == null ? null : row.age(figure);
                BigDecimal value = row.number(figure, decimalComma);
                YearMonth vintage = headers.contains("datenstand") && row.text("datenstand", false) != null ? row.vintage() : defaultVintage;
                if (agency != null && figure != null && period != null && category != null && age != null && value != null && vintage != null) {
                    StructureRow parsed = new StructureRow(line, agency, figure, period, category, age, vintage, value);
                    if (!seen.add(parsed.key())) {
                        row.error("wert", Text.of("controlling.CSV_STRUCTURE_TWICE", agency, figure, period, category, age));
                    } else {
                        rows.add(parsed);
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


    /** One record's cells; errors carry line and column. */
    private record Cells(CSVRecord record, List<String> headers, long line, List<FieldError> errors) {

        String text(String column, boolean required) {
            int index = headers.indexOf(column);
            String value = index >= 0 && index < record.size() ? record.get(index).trim() : "";
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
            errors.add(FieldError.at(FieldError.position(line, col),
                    Text.of("controlling.CSV_CELL", line, col, column, message)));
        }

        StructureFigure figure() {
            String value = text("merkmal", true);
            if (value == null) {
                return null;
            }
            try {
                return StructureFigure.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error("merkmal", Text.of("controlling.CSV_FIGURE_UNKNOWN", value));
                return null;
            }
        }

        String period(StructureFigure figure) {
            String value = text("zeitraum", true);
            if (value == null) {
                return null;
            }
            String period = value;
            if (value.matches("\\d{2}\\.\\d{4}")) {
                period = value.substring(3) + "-" + value.substring(0, 2);
            }
            Text problem = figure == null ? (period.matches("\\d{4}(-\\d{2})?") ? null : Text.of("controlling.CSV_NOT_A_PERIOD", value))
                    : StructureRules.periodError(figure, period);
            if (problem != null) {
                error("zeitraum", problem);
                return null;
            }
            return period;
        }

        String category(StructureFigure figure) {
            String value = text("kategorie", false);
            String category = value == null ? (figure.categories().size() == 1 ? figure.categories().get(0) : null)
                    : value.toUpperCase(Locale.ROOT);
            if (category == null) {
                error("kategorie", Text.of("controlling.CSV_CATEGORY_MISSING", figure, String.join(", ", figure.categories())));
            } else if (!figure.categories().contains(category)) {
                error("kategorie", Text.of("controlling.STRUCTURE_NOT_A_CATEGORY", value, figure, String.join(", ", figure.categories())));
                return null;
            }
            return category;
        }

        String age(StructureFigure figure) {
            String value = text("altersgruppe", false);
            String age = value == null ? (figure.byAge() ? null : StructureFigure.ALL_AGES) : value.toUpperCase(Locale.ROOT);
            if (age == null) {
                error("altersgruppe", Text.of("controlling.CSV_AGE_GROUP_MISSING", figure, String.join(", ", figure.ageGroups())));
            } else if (!figure.ageGroups().contains(age)) {
                error("altersgruppe", Text.of("controlling.STRUCTURE_NOT_AN_AGE_GROUP", value, figure, String.join(", ", figure.ageGroups())));
                return null;
            }
            return age;
        }

        BigDecimal number(StructureFigure figure, boolean decimalComma) {
            String value = text("wert", true);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal number = StrictNumber.parse(value, decimalComma);
                Text problem = figure == null ? null : StructureRules.valueError(figure, number);
                if (problem != null) {
                    error("wert", problem);
                    return null;
                }
                return number;
            } catch (NumberFormatException e) {
                error("wert", StrictNumber.text(e));
                return null;
            }
        }

        YearMonth vintage() {
            String value = text("datenstand", false);
            try {
                return value.contains(".") ? YearMonth.parse(value, GERMAN_MONTH) : YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                error("datenstand", Text.of("controlling.CSV_MONTH_INVALID", value));
                return null;
            }
        }
    }
}
