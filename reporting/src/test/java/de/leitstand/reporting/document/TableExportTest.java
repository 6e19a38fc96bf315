package de.leitstand.reporting.document;

import de.leitstand.kernel.api.export.ColumnType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV (German Excel and RFC 4180) and XLSX written and read back. */
class TableExportTest {

    private static final TableExport.Table TABLE = new TableExport.Table("Integrationsprognose: JDW 2019", List.of(
            new TableExport.Column("Merkmal", ColumnType.TEXT), new TableExport.Column("ELB", ColumnType.WHOLE_NUMBER),
            new TableExport.Column("Anteil (%)", ColumnType.PERCENT_1), new TableExport.Column("Stand", ColumnType.DATE)),
            List.of(Arrays.asList("Kunden mit Integrationsprognose \"marktnah\"; Test", 5485, new BigDecimal("3.154"), LocalDate.of(2019, 9, 16)),
                    Arrays.asList("ohne Wert", null, null, null)));

    @Test
    void germanExcelCsvHasBomSemicolonsAndDecimalCommas() throws Exception {
        byte[] bytes = TableExport.write(TABLE, TableExport.Format.CSV_EXCEL);
        assertEquals(0xEF, bytes[0] & 0xFF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(text)).getRecords();
        assertEquals(List.of("Merkmal", "ELB", "Anteil (%)", "Stand"), records.get(0).toList());
        assertEquals(List.of("Kunden mit Integrationsprognose \"marktnah\"; Test", "5485", "3,2", "16.09.2019"), records.get(1).toList());
        assertEquals(List.of("ohne Wert", "", "", ""), records.get(2).toList());
    }

    @Test
    void rfc4180CsvHasCommasDecimalPointsAndIsoDates() throws Exception {
        String text = new String(TableExport.write(TABLE, TableExport.Format.CSV_RFC4180), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Merkmal,ELB"), text);
        assertTrue(text.contains("\r\n"), "CRLF line ends");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertEquals(List.of("Kunden mit Integrationsprognose \"marktnah\"; Test", "5485", "3.2", "2019-09-16"), records.get(1).toList());
    }

    @Test
    void xlsxHasNumericCellsWithFormats() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.write(TABLE, TableExport.Format.XLSX)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Integrationsprognose  JDW 2019", sheet.getSheetName());
            assertEquals("Merkmal", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(1).getCellType());
            assertEquals(5485.0, sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals("#,##0", sheet.getRow(1).getCell(1).getCellStyle().getDataFormatString());
            assertEquals(3.2, sheet.getRow(1).getCell(2).getNumericCellValue());
            assertEquals("#,##0.0", sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2019, 9, 16), sheet.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate());
            assertNull(sheet.getRow(2).getCell(1), "a missing value is an empty cell, never 0");
        }
    }

    private static final TableExport.Table HOSTILE = new TableExport.Table("Bemerkungen", List.of(
            new TableExport.Column("Text", ColumnType.TEXT), new TableExport.Column("Betrag", ColumnType.WHOLE_NUMBER)),
            List.of(Arrays.asList("=HYPERLINK(\"http://x\")", -5), Arrays.asList("+1", 3), Arrays.asList("-2+3", -7),
                    Arrays.asList("@SUM(A1)", 0), Arrays.asList("\tTab", 1), Arrays.asList("harmlos - ok", 2)));

    @Test
    void formulaLikeTextIsNeutralisedButNumbersStayNumbers() throws Exception {
        for (TableExport.Format format : List.of(TableExport.Format.CSV_EXCEL, TableExport.Format.CSV_RFC4180)) {
            byte[] bytes = TableExport.write(HOSTILE, format);
            String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
            CSVFormat dialect = format == TableExport.Format.CSV_EXCEL ? CSVFormat.EXCEL.builder().setDelimiter(';').get() : CSVFormat.RFC4180;
            List<CSVRecord> records = dialect.parse(new StringReader(text)).getRecords();
            assertEquals(List.of("'=HYPERLINK(\"http://x\")", "-5"), records.get(1).toList(), format.toString());
            assertEquals("'+1", records.get(2).get(0));
            assertEquals(List.of("'-2+3", "-7"), records.get(3).toList());
            assertEquals("'@SUM(A1)", records.get(4).get(0));
            assertEquals("'\tTab", records.get(5).get(0));
            assertEquals("harmlos - ok", records.get(6).get(0));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.write(HOSTILE, TableExport.Format.XLSX)))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= 6; r++) {
                assertEquals(CellType.STRING, sheet.getRow(r).getCell(0).getCellType(), "never a formula");
                assertEquals(CellType.NUMERIC, sheet.getRow(r).getCell(1).getCellType(), "numbers stay numbers");
            }
            assertTrue(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed(), "Excel keeps it text when edited");
            assertEquals(-5.0, sheet.getRow(1).getCell(1).getNumericCellValue());
            assertTrue(!sheet.getRow(6).getCell(0).getCellStyle().getQuotePrefixed());
        }
    }
}
