package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry's and the compliance page's exports as a bureau opens them (issue 17, item 9): labels in
 * Chinese, numbers as number cells, dates as date cells shown yyyy-mm-dd, a filter on the header row,
 * the header frozen — and the same as CSV in GBK ({@code &format=csv}) for older tools. (The roster,
 * the result sheet and the plan are read back in RosterIT, ResultImportIT and PlanExportIT.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportsIT {

    private static final Charset GBK = Charset.forName("GBK");
    private static final List<String> REGISTRY_HEADER =
            List.of("姓名", "性别", "身份证号", "手机", "学校", "学科", "学段", "职称", "参加工作时间", "民办");
    private static final Set<String> STAGES = Set.of("学前", "小学", "初中", "高中", "中职", "特殊教育");

    @ArquillianResource
    URL base;

    @Test
    void theRegistryHasStagesInWordsAndServiceStartsAsDates() throws Exception {
        WebSession linxiang = WebSession.signIn(base, "linxiang");
        HttpResponse<byte[]> file = linxiang.download("/app/teachers/export.xlsx");
        assertEquals(200, file.statusCode());
        int teachers;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            teachers = sheet.getLastRowNum();
            assertTrue(teachers > 100, "临翔区's demo teachers and more: " + teachers);
            for (int c = 0; c < REGISTRY_HEADER.size(); c++) {
                assertEquals(REGISTRY_HEADER.get(c), sheet.getRow(0).getCell(c).getStringCellValue());
            }
            int dates = 0;
            for (int r = 1; r <= teachers; r++) {
                Row row = sheet.getRow(r);
                assertTrue(STAGES.contains(row.getCell(6).getStringCellValue()), "学段 in words: row " + r);
                Cell serviceStart = row.getCell(8);
                if (serviceStart.getCellType() == CellType.NUMERIC) {
                    assertTrue(DateUtil.isCellDateFormatted(serviceStart), "row " + r);
                    assertEquals("yyyy-mm-dd", serviceStart.getCellStyle().getDataFormatString());
                    dates++;
                } else {
                    assertEquals("", serviceStart.getStringCellValue(), "a date or nothing: row " + r);
                }
            }
            assertTrue(dates > 100, "the demo teachers' service starts are dates: " + dates);
            assertEquals(
                    "A1:J" + (teachers + 1),
                    sheet.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header frozen");
        }

        HttpResponse<byte[]> csv = linxiang.download("/app/teachers/export.xlsx?format=csv");
        assertEquals(200, csv.statusCode());
        assertEquals(
                "text/csv;charset=GB18030",
                csv.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertTrue(
                csv.headers().firstValue("Content-Disposition").orElse("").contains("teachers.csv"),
                csv.headers().toString());
        List<String> lines = new String(csv.body(), GBK).lines().toList();
        assertEquals(String.join(",", REGISTRY_HEADER), lines.get(0), "GBK bytes with a header row");
        assertEquals(teachers + 1, lines.size(), "the same teachers as the workbook");
        assertTrue(lines.stream().skip(1).allMatch(l -> l.matches("[^,]+,[男女],\\d{17}[\\dX],.*")), lines.get(1));
        assertTrue(
                lines.stream().skip(1).anyMatch(l -> l.matches(".*,(小学|初中|高中),[^,]*,\\d{4}-\\d{2}-\\d{2},[是否]")),
                "stage in words, the date as yyyy-MM-dd: " + lines.get(1));
        assertEquals(
                400, linxiang.download("/app/teachers/export.xlsx?format=ods").statusCode());
    }

    @Test
    void theComplianceSheetHasShortfallsAsNumbers() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        long school = rs.organisationOf("principal"); // 临翔区第一完全小学
        WebSession linxiang = WebSession.signIn(base, "linxiang");
        String path = "/app/results/compliance.xlsx?unit=" + school + "&cycle=2026";
        HttpResponse<byte[]> file = linxiang.download(path);
        assertEquals(200, file.statusCode());
        int teachers;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            teachers = sheet.getLastRowNum();
            assertTrue(teachers > 0);
            Row header = sheet.getRow(0);
            assertEquals("姓名", header.getCell(0).getStringCellValue());
            assertTrue(header.getLastCellNum() > 3, "a column per requirement someone falls short in");
            Row first = sheet.getRow(1);
            assertTrue(Set.of("达标", "未达标").contains(first.getCell(2).getStringCellValue()));
            for (int c = 3; c < header.getLastCellNum(); c++) {
                assertEquals(CellType.NUMERIC, first.getCell(c).getCellType(), header.getCell(c) + " is a number");
            }
            assertTrue(sheet.getCTWorksheet().getAutoFilter().getRef().startsWith("A1:"));
        }
        HttpResponse<byte[]> csv = linxiang.download(path + "&format=csv");
        assertEquals(200, csv.statusCode());
        List<String> lines = new String(csv.body(), GBK).lines().toList();
        assertTrue(lines.get(0).startsWith("姓名,学校,是否达标,"), lines.get(0));
        assertEquals(teachers + 1, lines.size());
        assertTrue(
                lines.get(1).matches("[^,]+,[^,]+,(达标|未达标)(,\\d+(\\.\\d+)?)+"), "numbers unformatted: " + lines.get(1));
    }
}
