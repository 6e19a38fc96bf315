package de.leitstand.kernel.api;

import de.leitstand.kernel.api.ValidationException.FieldError;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrictCsvTest {

    private static final List<String> REQUIRED = List.of("a", "b");

    private static List<FieldError> read(String text) throws Exception {
        List<FieldError> errors = new ArrayList<>();
        try (CSVParser parser = StrictCsv.open(text, ';')) {
            List<String> headers = StrictCsv.header(parser, REQUIRED, List.of("c"));
            for (CSVRecord record : parser) {
                StrictCsv.shape(record, headers, parser.getCurrentLineNumber(), errors);
            }
        } catch (java.io.UncheckedIOException | java.io.IOException | IllegalStateException e) {
            throw StrictCsv.unreadable(e, text, ';');
        }
        return errors;
    }

    @Test
    void unknownAndRepeatedColumnsAreRefusedWithTheirColumn() {
        ValidationException unknown = assertThrows(ValidationException.class, () -> read("a;b;x\n1;2;3\n"));
        assertEquals("CSV_HEADER_INVALID", unknown.code());
        assertEquals("Zeile 1, Spalte 3", unknown.errors().get(0).field());
        ValidationException twice = assertThrows(ValidationException.class, () -> read("a;b;a\n1;2;3\n"));
        assertEquals("Zeile 1, Spalte 3", twice.errors().get(0).field());
        assertTrue(twice.getMessage().contains("doppelt"));
        ValidationException missing = assertThrows(ValidationException.class, () -> read("a\n1\n"));
        assertEquals("CSV_COLUMN_MISSING", missing.code());
    }

    @Test
    void widerRowsAndARepeatedHeaderLineAreNamed() throws Exception {
        List<FieldError> errors = read("a;b\n1;2\n1;2;3\na;b\n");
        assertEquals(2, errors.size(), errors.toString());
        assertEquals("Zeile 3, Spalte 3", errors.get(0).field());
        assertEquals("Zeile 4, Spalte 1", errors.get(1).field());
    }

    @Test
    void anUnterminatedQuoteIsRefusedWithLineAndColumn() {
        ValidationException refused = assertThrows(ValidationException.class, () -> read("a;b\n1;2\n3;\"4\n5;6\n"));
        assertEquals("CSV_UNREADABLE", refused.code());
        assertEquals("Zeile 3, Spalte 2", refused.errors().get(0).field(), refused.getMessage());
    }
}
