package de.leitstand.reporting.document;

import de.leitstand.kernel.api.export.ColumnType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A table as a file: CSV in the German Excel dialect ({@code ;}, UTF-8 with BOM, decimal comma, no
 * thousands separator), CSV as RFC 4180 for machines ({@code ,}, decimal point, ISO dates, no BOM), or
 * XLSX with numbers as numeric cells carrying a number format. A missing value is an empty cell.
 */
public final class TableExport {

    public record Column(String header, ColumnType kind) {
    }

    /** A table: title (the sheet's name), columns and rows of values (String, Number, LocalDate, YearMonth or null). */
    public record Table(String title, List<Column> columns, List<List<Object>> rows) {
    }

    /** The file formats. */
    public enum Format {
        CSV_EXCEL("text/csv;charset=UTF-8", "csv"), CSV_RFC4180("text/csv;charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() { return mediaType; }
        public String extension() { return extension; }
    }

    private TableExport() {
    }

    public static byte[] write(Table table, Format format) {
        return format == Format.XLSX ? xlsx(table) : csv(table, format == Format.CSV_EXCEL);
    }

    private static byte[] csv(Table table, boolean excel) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (excel) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        CSVFormat dialect = excel ? CSVFormat.EXCEL.builder().setDelimiter(';').get() : CSVFormat.RFC4180;
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8); CSVPrinter printer = new CSVPrinter(writer, dialect)) {
            printer.printRecord(table.columns().stream().map(Column::header).toList());
            for (List<Object> row : table.rows()) {
                for (int i = 0; i < table.columns().size(); i++) {
                    printer.print(text(row.get(i), table.columns().get(i).kind(), excel));
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String text(Object value, ColumnType kind, boolean excel) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return excel ? String.format("%02d.%02d.%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()) : date.toString();
        }
        if (value instanceof Number number && kind.scale() >= 0) {
            String plain = decimal(number).setScale(kind.scale(), RoundingMode.HALF_UP).toPlainString();
            return excel ? plain.replace('.', ',') : plain;
        }
        if (value instanceof Number || value instanceof YearMonth) {
            return value.toString();
        }
        return neutralised(value.toString());
    }

    /**
     * Text that a spreadsheet would take for a formula ({@code = + - @}, tab, carriage return at the
     * start) gets a leading apostrophe, as OWASP recommends against CSV injection. Numbers are never
     * passed here, so a negative number stays a number.
     */
    static String neutralised(String text) {
        return isFormulaLike(text) ? "'" + text : text;
    }

    static boolean isFormulaLike(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private static BigDecimal decimal(Number number) {
        return number instanceof BigDecimal big ? big : new BigDecimal(number.toString());
    }

    private static CellStyle quotePrefixed(XSSFWorkbook workbook, CellStyle base) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setQuotePrefixed(true);
        return style;
    }

    private static byte[] xlsx(Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName(table.title()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            Map<ColumnType, CellStyle> styles = new EnumMap<>(ColumnType.class);
            for (ColumnType kind : ColumnType.values()) {
                CellStyle style = workbook.createCellStyle();
                String excelFormat = excelFormat(kind);
                if (excelFormat != null) {
                    style.setDataFormat(workbook.createDataFormat().getFormat(excelFormat));
                }
                styles.put(kind, style);
            }
            Map<ColumnType, CellStyle> quoted = new EnumMap<>(ColumnType.class);
            Row head = sheet.createRow(0);
            for (int i = 0; i < table.columns().size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(table.columns().get(i).header());
                cell.setCellStyle(header);
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < table.columns().size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    ColumnType kind = table.columns().get(i).kind();
                    Cell cell = row.createCell(i);
                    if (value instanceof Number number && kind.scale() >= 0) {
                        cell.setCellValue(decimal(number).setScale(kind.scale(), RoundingMode.HALF_UP).doubleValue());
                    } else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                    } else if (value instanceof YearMonth month) {
                        cell.setCellValue(month.atDay(1));
                    } else {
                        // a string cell is never evaluated; the quote prefix keeps it text when edited or saved as CSV
                        cell.setCellValue(value.toString());
                    }
                    cell.setCellStyle(!(value instanceof Number) && isFormulaLike(value.toString())
                            ? quoted.computeIfAbsent(kind, k -> quotePrefixed(workbook, styles.get(k))) : styles.get(kind));
                }
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < table.columns().size(); i++) {
                sheet.setColumnWidth(i, Math.min(60, Math.max(10, table.columns().get(i).header().length() + 2)) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XLSX number format of a column type; the scale follows {@link ColumnType#scale()}. */
    static String excelFormat(ColumnType kind) {
        return switch (kind) {
            case TEXT -> null;
            case DATE -> "dd.mm.yyyy";
            case MONTH -> "yyyy-mm";
            default -> kind.scale() == 0 ? "#,##0" : "#,##0." + "0".repeat(kind.scale());
        };
    }

    /** Excel sheet names: at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(String title) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        return clean.isEmpty() ? "Tabelle" : clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
