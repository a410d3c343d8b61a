package cn.edu.ttms.infrastructure.spreadsheet.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.archive.ArchiveEntry;
import cn.edu.ttms.application.archive.ArchiveFile;
import cn.edu.ttms.application.result.ResultRow;
import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.domain.model.compliance.Assessment;
import cn.edu.ttms.domain.model.compliance.ComplianceReport;
import cn.edu.ttms.domain.model.compliance.RequirementRow;
import cn.edu.ttms.domain.model.compliance.ResultStatus;
import cn.edu.ttms.domain.model.policy.Requirement;
import cn.edu.ttms.domain.model.policy.RequirementPeriod;
import cn.edu.ttms.domain.model.shared.Cycle;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.domain.model.shared.Selection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A teacher's archive as a workbook and as CSV, read back with POI and as GBK text. */
class ArchiveSpreadsheetsTest {

    private static final LocalDate ON = LocalDate.of(2026, 12, 4);

    private static ArchiveEntry entry(long id, String code, ResultStatus status, String voidReason) {
        return new ArchiveEntry(
                id,
                100 + id,
                code,
                "=SUM(A1) 骨干教师培训",
                2026,
                Level.COUNTY,
                Selection.DIRECTIVE,
                new BigDecimal("18.0"),
                new BigDecimal("18.0"),
                new BigDecimal("85"),
                Grade.GOOD,
                new BigDecimal("25.92"),
                List.of(
                        new ResultRow.ModuleShareView("ETHICS", new BigDecimal("6"), new BigDecimal("8.64")),
                        new ResultRow.ModuleShareView("COMPETENCE", new BigDecimal("12"), new BigDecimal("17.28"))),
                status,
                7L,
                3,
                9,
                voidReason);
    }

    private static RequirementRow row(Requirement requirement, Module module, String required, String actual) {
        BigDecimal r = new BigDecimal(required);
        BigDecimal a = new BigDecimal(actual);
        BigDecimal shortfall = r.subtract(a).max(BigDecimal.ZERO);
        boolean met = shortfall.signum() == 0;
        return new RequirementRow(requirement, module, r, a, a, shortfall, shortfall, met, met);
    }

    private static ArchiveFile file() {
        List<RequirementRow> cycleRows = List.of(
                row(Requirement.TOTAL_HOURS, null, "360", "18"),
                row(Requirement.MODULE_CREDITS, Module.ETHICS, "6", "8.64"));
        ComplianceReport report = new ComplianceReport(
                new Cycle(2026, 2030),
                new Assessment(RequirementPeriod.CYCLE, 2026, 2030, cycleRows),
                List.of(
                        new Assessment(
                                RequirementPeriod.YEAR,
                                2026,
                                2026,
                                List.of(row(Requirement.TOTAL_HOURS, null, "72", "18"))),
                        new Assessment(
                                RequirementPeriod.YEAR,
                                2027,
                                2027,
                                List.of(row(Requirement.TOTAL_HOURS, null, "72", "0")),
                                false)));
        return new ArchiveFile(
                "张三",
                "临翔区第一完全小学",
                List.of(
                        entry(1, "2026-LX-01", ResultStatus.RECOGNISED, null),
                        entry(2, "2026-LX-02", ResultStatus.VOID, "篡改检测：成绩被直接修改"),
                        entry(3, null, ResultStatus.PENDING, "not shown")),
                Map.of(101L, new ArchiveFile.Dates(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 8))),
                report,
                ON);
    }

    @Test
    void theWorkbookHasTheResultsWithTypedCellsAndTheComplianceOnASecondSheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ArchiveSpreadsheets().write(file(), ExportFormat.XLSX, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(2, book.getNumberOfSheets());
            XSSFSheet results = book.getSheet("培训档案");
            assertEquals(
                    "培训档案：张三（临翔区第一完全小学），导出日期 2026-12-04",
                    results.getRow(0).getCell(0).getStringCellValue());
            Row header = results.getRow(1);
            for (int c = 0; c < ArchiveSpreadsheets.RESULTS_HEADER.size(); c++) {
                assertEquals(
                        ArchiveSpreadsheets.RESULTS_HEADER.get(c),
                        header.getCell(c).getStringCellValue());
            }
            assertEquals("A2:P5", results.getCTWorksheet().getAutoFilter().getRef(), "a filter on the header row");

            Row first = results.getRow(2);
            assertEquals("2026-LX-01", first.getCell(0).getStringCellValue());
            assertEquals("'=SUM(A1) 骨干教师培训", first.getCell(1).getStringCellValue(), "a name never runs as a formula");
            assertEquals(CellType.NUMERIC, first.getCell(2).getCellType(), "年度 a number");
            assertEquals("县(区)级", first.getCell(3).getStringCellValue());
            assertEquals("指令性项目", first.getCell(4).getStringCellValue());
            Cell start = first.getCell(5);
            assertEquals(CellType.NUMERIC, start.getCellType(), "开始日期 a date cell");
            assertTrue(DateUtil.isCellDateFormatted(start));
            assertEquals(
                    LocalDate.of(2026, 4, 6), start.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(
                    LocalDate.of(2026, 4, 8),
                    first.getCell(6).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(18.0, first.getCell(7).getNumericCellValue());
            assertEquals(85.0, first.getCell(9).getNumericCellValue());
            assertEquals("良", first.getCell(10).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(11).getCellType(), "学分 a number");
            assertEquals(25.92, first.getCell(11).getNumericCellValue(), 1e-9);
            assertEquals("专业理念与师德 8.64 / 专业能力 17.28", first.getCell(12).getStringCellValue());
            assertEquals("已认定", first.getCell(13).getStringCellValue());
            assertEquals(3.0, first.getCell(14).getNumericCellValue());
            assertEquals(null, first.getCell(15), "no reason for a valid result");

            Row voided = results.getRow(3);
            assertEquals("已作废", voided.getCell(13).getStringCellValue());
            assertEquals("篡改检测：成绩被直接修改", voided.getCell(15).getStringCellValue());
            assertEquals(null, voided.getCell(5), "a project without dates: empty, not 1900-01-00");
            Row pending = results.getRow(4);
            assertEquals("待审核", pending.getCell(13).getStringCellValue());
            assertEquals(null, pending.getCell(15), "a reason only where void");

            XSSFSheet compliance = book.getSheet("达标情况");
            assertTrue(
                    compliance.getRow(0).getCell(0).getStringCellValue().contains("2026–2030 周期达标情况"),
                    compliance.getRow(0).getCell(0).getStringCellValue());
            assertEquals("期间", compliance.getRow(1).getCell(0).getStringCellValue());
            Row total = compliance.getRow(2);
            assertEquals("2026–2030 周期", total.getCell(0).getStringCellValue());
            assertEquals("总学时", total.getCell(1).getStringCellValue());
            assertEquals(360.0, total.getCell(2).getNumericCellValue());
            assertEquals(18.0, total.getCell(3).getNumericCellValue());
            assertEquals(342.0, total.getCell(4).getNumericCellValue(), "差额 a number");
            assertEquals("否", total.getCell(5).getStringCellValue());
            assertEquals("模块学分：专业理念与师德", compliance.getRow(3).getCell(1).getStringCellValue());
            assertEquals("是", compliance.getRow(3).getCell(5).getStringCellValue());
            assertEquals("2026 年度", compliance.getRow(4).getCell(0).getStringCellValue());
            assertEquals("未到期", compliance.getRow(5).getCell(5).getStringCellValue(), "a year still to come");
            assertEquals("A2:F6", compliance.getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void theCsvIsGbkWithBothTablesOneAfterTheOther() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ArchiveSpreadsheets().write(file(), ExportFormat.CSV, out);
        List<String> lines =
                new String(out.toByteArray(), ExportFormat.CSV_CHARSET).lines().toList();
        assertEquals("培训档案：张三（临翔区第一完全小学），导出日期 2026-12-04", lines.get(0));
        assertEquals(String.join(",", ArchiveSpreadsheets.RESULTS_HEADER), lines.get(1));
        assertEquals(
                "2026-LX-01,'=SUM(A1) 骨干教师培训,2026,县(区)级,指令性项目,2026-04-06,2026-04-08,18,18,85,良,25.92,"
                        + "专业理念与师德 8.64 / 专业能力 17.28,已认定,3,",
                lines.get(2),
                "numbers unformatted, dates yyyy-MM-dd");
        assertEquals("", lines.get(5), "an empty line between the tables");
        assertTrue(lines.get(6).contains("周期达标情况"), lines.get(6));
        assertEquals("期间,要求,应修,已修,差额,达标", lines.get(7));
        assertEquals("2026–2030 周期,总学时,360,18,342,否", lines.get(8));
    }

    @Test
    void theFileIsNamedAfterTheTeacher() {
        assertEquals("张三培训档案", new ArchiveSpreadsheets().fileName(file()));
    }
}
