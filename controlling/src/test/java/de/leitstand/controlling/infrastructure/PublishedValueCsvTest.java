package de.leitstand.controlling.infrastructure;

import de.leitstand.controlling.domain.Gender;
import de.leitstand.controlling.domain.PublishedRow;
import de.leitstand.kernel.api.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PublishedValueCsvTest {

    private static List<PublishedRow> parse(String csv) {
        return PublishedValueCsv.parse(csv.getBytes(StandardCharsets.UTF_8), a -> !a.equals("99999"), a -> true,
                Set.of("K1", "K2", "K2E3")::contains);
    }

    @Test
    void readsTheBasDecimalCommaAndEmptyNumeratorsAndDenominators() {
        List<PublishedRow> rows = parse("traeger_nr;monat;geschlecht;kennzahl;wert;zaehler;nenner;datenstand\n"
                + "03504;2020-12;G;K2;23,4;1.185;5.051,6667;2021-04\n"
                + "03504;12.2020;W;k1;98,6;;;04.2021\n");
        assertEquals(2, rows.size());
        PublishedRow k2 = rows.get(0);
        assertEquals(new BigDecimal("23.4"), k2.value());
        assertEquals(new BigDecimal("1185"), k2.numerator());
        assertEquals(new BigDecimal("5051.6667"), k2.denominator());
        assertEquals(YearMonth.of(2021, 4), k2.vintage());
        PublishedRow k1 = rows.get(1);
        assertEquals("K1", k1.code());
        assertEquals(Gender.FRAUEN, k1.gender());
        assertNull(k1.numerator());
        List<PublishedRow> point = parse("traeger_nr,monat,geschlecht,kennzahl,wert,zaehler,nenner,datenstand\n"
                + "03504,2020-12,G,K2,23.4,1185,5051.6667,2021-04\n");
        assertEquals(new BigDecimal("5051.6667"), point.get(0).denominator());
    }

    @Test
    void everyErrorIsNamedWithLineAndColumnAndNothingIsTaken() {
        ValidationException refused = assertThrows(ValidationException.class, () -> parse(
                "traeger_nr;monat;geschlecht;kennzahl;wert;zaehler;nenner;datenstand\n"
                        + "03504;2020-12;G;K2;23,4;1.185;5.051,6667;2021-04\n"
                        + "99999;2020-13;X;K9;-1;1,2,3;5,123456;\n"
                        + "03504;2020-12;G;K2;23,5;;;2021-04\n"));
        assertEquals("IMPORT_INVALID", refused.code());
        List<String> fields = refused.errors().stream().map(ValidationException.FieldError::field).toList();
        assertEquals(List.of("Zeile 3, Spalte 1", "Zeile 3, Spalte 2", "Zeile 3, Spalte 3", "Zeile 3, Spalte 4", "Zeile 3, Spalte 5",
                "Zeile 3, Spalte 6", "Zeile 3, Spalte 7", "Zeile 3, Spalte 8", "Zeile 4, Spalte 4"), fields);
        assertEquals("CSV_COLUMN_MISSING", assertThrows(ValidationException.class,
                () -> parse("traeger_nr;monat;geschlecht;kennzahl;wert\n03504;2020-12;G;K2;23,4\n")).code());
    }
}
