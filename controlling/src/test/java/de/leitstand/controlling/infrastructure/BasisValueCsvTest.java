package de.leitstand.controlling.infrastructure;

import de.leitstand.controlling.domain.Gender;
import de.leitstand.controlling.domain.ImportRow;
import de.leitstand.controlling.domain.Series;
import de.leitstand.kernel.api.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BasisValueCsvTest {

    private static final YearMonth VINTAGE = YearMonth.of(2020, 7);

    private static List<ImportRow> parse(byte[] content) {
        return BasisValueCsv.parse(content, agency -> !agency.equals("99999"), agency -> !agency.equals("26706"), VINTAGE);
    }

    @Test
    void readsGermanExcelCsvInWindows1252() {
        String csv = "traeger_nr;monat;geschlecht;reihe;wert;datenstand\n"
                + "03504;2020-03;G;ELB;5.485;2020-06\n"
                + "03504;03.2020;W;LLU_EUR;1.234.567,89;\n";
        List<ImportRow> rows = parse(csv.getBytes(Charset.forName("windows-1252")));
        assertEquals(2, rows.size());
        assertEquals(new BigDecimal("5485"), rows.get(0).value());
        assertEquals(YearMonth.of(2020, 6), rows.get(0).vintage());
        assertEquals(new BigDecimal("1234567.89"), rows.get(1).value());
        assertEquals(Gender.FRAUEN, rows.get(1).gender());
        assertEquals(VINTAGE, rows.get(1).vintage(), "rows without a vintage get the default");
        assertEquals(YearMonth.of(2020, 3), rows.get(1).month());
    }

    @Test
    void readsInternationalCsvInUtf8WithBom() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String csv = "traeger_nr,monat,geschlecht,reihe,wert\n03504,2020-03,M,INT,97\n";
        byte[] content = new byte[bom.length + csv.getBytes(StandardCharsets.UTF_8).length];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(csv.getBytes(StandardCharsets.UTF_8), 0, content, 3, content.length - 3);
        ImportRow row = parse(content).get(0);
        assertEquals(Series.INT, row.series());
        assertEquals(Gender.MAENNER, row.gender());
    }

    @Test
    void namesLineAndColumnOfEveryErrorAndRefusesTheWholeFile() {
        String csv = "traeger_nr;monat;geschlecht;reihe;wert\n"
                + "03504;2020-03;G;ELB;5485\n"
                + "99999;2020-13;X;NIX;-1\n"
                + "26706;2020-03;G;ELB;abc\n"
                + "03504;2020-03;G;ELB;5486\n"
                + "03504;2020-04;G;ELB;1,234\n";
        ValidationException refused = assertThrows(ValidationException.class, () -> parse(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals("IMPORT_INVALID", refused.code());
        List<String> fields = refused.errors().stream().map(ValidationException.FieldError::field).toList();
        assertEquals(List.of("Zeile 3, Spalte 1", "Zeile 3, Spalte 2", "Zeile 3, Spalte 3", "Zeile 3, Spalte 4",
                "Zeile 3, Spalte 5", "Zeile 4, Spalte 1", "Zeile 4, Spalte 5", "Zeile 5, Spalte 4", "Zeile 6, Spalte 5"), fields);
        assertEquals("Zeile 5, Spalte 4 (reihe): dieselbe Zahl (03504, ELB, 2020-03, insgesamt) steht doppelt in der Datei.",
                refused.errors().get(7).message());
    }

    @Test
    void refusesMissingColumnsAndEmptyFiles() {
        assertEquals("CSV_COLUMN_MISSING", assertThrows(ValidationException.class,
                () -> parse("traeger_nr;monat;wert\n03504;2020-03;1\n".getBytes(StandardCharsets.UTF_8))).code());
        assertEquals("CSV_EMPTY", assertThrows(ValidationException.class, () -> parse(new byte[0])).code());
    }

    @Test
    void repeatsAreFoundAmongManyRowsAndMonthsOutsideTheRangeAreRefused() {
        StringBuilder csv = new StringBuilder("traeger_nr,monat,geschlecht,reihe,wert,datenstand\n");
        for (int m = 1; m <= 12; m++) {
            for (String series : new String[] {"ELB", "LZB", "INT"}) {
                csv.append("03504,2020-").append(String.format("%02d", m)).append(",G,").append(series).append(",10,2021-01\n");
            }
        }
        csv.append("03504,2020-07,G,LZB,11,2021-01\n");   // line 38 repeats line 20
        csv.append("03504,2020-07,G,LZB,11,2021-02\n");   // another vintage: no repeat
        csv.append("03504,1999-12,G,LZB,11,2021-02\n");
        ValidationException refused = assertThrows(ValidationException.class, () -> parse(csv.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("Zeile 38, Spalte 4 (reihe): dieselbe Zahl (03504, LZB, 2020-07, insgesamt) steht doppelt in der Datei.",
                        "Zeile 40, Spalte 2 (monat): der Monat 1999-12 liegt nicht zwischen 2000 und 2199."),
                refused.errors().stream().map(ValidationException.FieldError::message).toList());
    }
}
