package cn.edu.ttms.infrastructure.spreadsheet.teacher;

import static cn.edu.ttms.domain.model.organisation.Units.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.teacher.IdentityNumber;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherProfile;
import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The registry export: Chinese labels, a date cell, and a file the teacher import reads back. */
class TeacherExportRowTest {

    private final Organisation province = unit(null, OrganisationKind.PROVINCE, "云南省", 1);
    private final Organisation city = unit(province, OrganisationKind.CITY, "临沧市", 2);
    private final Organisation county = unit(city, OrganisationKind.COUNTY, "临翔区", 4);
    private final Organisation school = unit(county, OrganisationKind.SCHOOL, "临翔区第一完全小学", 9);

    private final TeacherSpreadsheets sheets = new TeacherSpreadsheets();

    private Teacher teacher() {
        return new Teacher(
                IdentityNumber.of("530902198503151233"),
                school,
                new TeacherProfile(
                        "李明",
                        "13800000000",
                        "语文",
                        SchoolStage.JUNIOR_SECONDARY,
                        "一级教师",
                        LocalDate.of(2008, 9, 1),
                        false,
                        List.of()));
    }

    @Test
    void theStageIsInWordsAndTheServiceStartADateCell() throws IOException {
        List<Object> row = sheets.exportRow(teacher());
        assertEquals("初中", row.get(6), "学段 as the import reads it, not JUNIOR_SECONDARY");
        assertEquals(LocalDate.of(2008, 9, 1), row.get(8));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.write(List.of(row), ExportFormat.XLSX, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row cells = book.getSheetAt(0).getRow(1);
            assertTrue(DateUtil.isCellDateFormatted(cells.getCell(8)), "参加工作时间 is a date");
            assertEquals("530902198503151233", cells.getCell(2).getStringCellValue(), "the number stays text");
            assertEquals(
                    "A1:J2", book.getSheetAt(0).getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void theExportImportsBackInBothFormats() throws IOException {
        for (ExportFormat format : ExportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            sheets.write(List.of(sheets.exportRow(teacher())), format, out);
            List<SheetRow> rows = new SpreadsheetReader()
                    .read(new ByteArrayInputStream(out.toByteArray()), "名册." + format.extension());
            assertEquals("2008-09-01", rows.get(1).cells().get(8), format + ": " + rows);
            var read = sheets.read(
                    out.toByteArray(),
                    "名册." + format.extension(),
                    name -> name.equals(school.name()) ? Optional.of(9L) : Optional.empty(),
                    ids -> Set.of());
            assertEquals(List.of(), read.problems(), format + ": " + read.problems());
            assertEquals(SchoolStage.JUNIOR_SECONDARY, read.rows().get(0).stage(), format.toString());
            assertEquals(LocalDate.of(2008, 9, 1), read.rows().get(0).serviceStart(), format.toString());
        }
    }
}
