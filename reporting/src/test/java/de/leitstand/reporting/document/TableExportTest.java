package de.leitstand.reporting.document;

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
            new TableExport.Column("Merkmal", TableExport.Kind.TEXT), new TableExport.Column("ELB", TableExport.Kind.INTEGER),
            new TableExport.Column("Anteil (%)", TableExport.Kind.DECIMAL1), new TableExport.Column("Stand", TableExport.Kind.DATE)),
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
}
