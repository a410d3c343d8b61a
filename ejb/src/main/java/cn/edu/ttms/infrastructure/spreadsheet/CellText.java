package cn.edu.ttms.infrastructure.spreadsheet;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The text of a workbook cell as the user sees it in Excel, so that an importer checks what the
 * user typed, not how Excel stores it.
 *
 * <ul>
 *   <li>Numbers follow the cell's number format, through {@link DataFormatter} with {@link
 *       Locale#ROOT} so that the server's locale never changes the result: 45 reads {@code 45}, not
 *       {@code 45.0}; 6.5 formatted {@code 0.00} reads {@code 6.50}; General shows at most 11
 *       digits, as Excel does (an 18-digit ID typed as a number reads {@code 5.30902E+17}).
 *   <li>Dates, in any date format including Chinese Excel's built-in ones (年月日), read {@code
 *       yyyy-MM-dd}, with {@code THH:mm} (and {@code :ss} if not zero) when there is a time of
 *       day; a time alone reads {@code HH:mm}. One spelling, so that importers parse one format.
 *   <li>Formulas are evaluated; if POI cannot evaluate one (an unsupported function, a link to
 *       another workbook), the result Excel saved with the file is used.
 * </ul>
 *
 * <p>One per sheet read: POI's formatter and evaluator are not thread-safe.
 */
final class CellText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** Excel's built-in "General" number format. */
    private static final short GENERAL = 0;

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final FormulaEvaluator evaluator;

    CellText(Workbook workbook) {
        formatter.setUseCachedValuesForFormulaCells(true);
        evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        evaluator.setIgnoreMissingWorkbooks(true);
    }

    String of(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            try {
                evaluator.evaluateFormulaCell(cell); // refreshes the cell's cached result
            } catch (RuntimeException e) {
                // Not evaluable here: keep the result Excel saved, which is what the user saw.
            }
            type = cell.getCachedFormulaResultType();
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        if (type == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            if (cell.getCellStyle().getDataFormat() == GENERAL && value == Math.rint(value) && Math.abs(value) < 1e11) {
                // What DataFormatter answers for a whole number in General format, at a fraction of
                // its cost, which dominates reading time otherwise.
                return Long.toString((long) value);
            }
            if (isDate(cell, value)) {
                return date(cell.getLocalDateTimeCellValue(), value);
            }
        }
        return formatter.formatCellValue(cell);
    }

    private static boolean isDate(Cell cell, double value) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return true;
        }
        // Chinese Excel's built-in date and time formats (27-36, 50-58) are not in POI's table:
        // POI would show 2026年3月2日 as "reserved-46083x1F".
        int index = cell.getCellStyle().getDataFormat();
        return (index >= 27 && index <= 36 || index >= 50 && index <= 58) && DateUtil.isValidExcelDate(value);
    }

    private static String date(LocalDateTime value, double serial) {
        if (serial < 1) {
            return value.toLocalTime().format(value.getSecond() == 0 ? TIME : TIME_SECONDS);
        }
        if (value.toLocalTime().toSecondOfDay() == 0) {
            return value.format(DATE);
        }
        return value.format(value.getSecond() == 0 ? DATE_TIME : DATE_TIME_SECONDS);
    }
}
