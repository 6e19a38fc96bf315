package de.leitstand.reporting.it;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the three export formats back into rows of text (the RFC 4180 spelling) so a test can compare
 * them with each other and with the expected headers, row count and values.
 */
final class ExportFiles {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ExportFiles() {
    }

    /** Header row first. */
    static List<List<String>> rfc4180(byte[] file) throws IOException {
        return csv(new String(file, StandardCharsets.UTF_8), CSVFormat.RFC4180);
    }

    /** Header row first; the BOM is required. */
    static List<List<String>> excel(byte[] file) throws IOException {
        if (file.length < 3 || (file[0] & 0xFF) != 0xEF || (file[1] & 0xFF) != 0xBB || (file[2] & 0xFF) != 0xBF) {
            throw new AssertionError("no UTF-8 BOM");
        }
        return csv(new String(file, 3, file.length - 3, StandardCharsets.UTF_8), CSVFormat.EXCEL.builder().setDelimiter(';').get());
    }

    private static List<List<String>> csv(String text, CSVFormat format) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    /** Header row first; numbers as plain decimals, dates as ISO text, empty cells as "". */
    static List<List<String>> xlsx(byte[] file, int columns) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    values.add(row == null ? "" : text(row.getCell(c)));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
                return cell.getCellStyle().getDataFormatString().equals("yyyy-mm") ? date.toString().substring(0, 7) : date.toString();
            }
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return cell.getStringCellValue();
    }

    /**
     * @return whether a German Excel cell says the same as the RFC 4180 cell: decimal comma for a
     *         number, dd.MM.yyyy for a date, otherwise the same text
     */
    static boolean sameInExcel(String rfc, String excel) {
        if (rfc.equals(excel)) {
            return true;
        }
        if (rfc.matches("-?\\d+\\.\\d+")) {
            return rfc.replace('.', ',').equals(excel);
        }
        if (rfc.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(rfc).format(GERMAN_DATE).equals(excel);
        }
        return false;
    }

    /** @return whether an XLSX cell (read by {@link #xlsx}) holds the RFC 4180 cell's value */
    static boolean sameInXlsx(String rfc, String xlsx) {
        if (Objects.equals(rfc, xlsx) || rfc.equals("'" + xlsx)) {
            // CSV writes formula-like text with a leading apostrophe, XLSX as a quote-prefixed text cell
            return true;
        }
        if (rfc.matches("-?\\d+(\\.\\d+)?") && xlsx.matches("-?\\d+(\\.\\d+)?(E-?\\d+)?")) {
            return new BigDecimal(rfc).compareTo(new BigDecimal(xlsx)) == 0;
        }
        return false;
    }
}
