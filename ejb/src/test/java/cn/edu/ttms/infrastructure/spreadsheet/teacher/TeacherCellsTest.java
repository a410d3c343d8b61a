package cn.edu.ttms.infrastructure.spreadsheet.teacher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.edu.ttms.domain.model.teacher.Gender;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeacherCellsTest {

    @Test
    void datesInTheSpellingsPeopleUse() {
        LocalDate first = LocalDate.of(2008, 9, 1);
        for (String text : new String[] {
            "2008-09-01",
            "2008-9-1",
            "2008/9/1",
            "2008.9.1",
            "2008-09",
            "2008/9",
            "2008年9月",
            "2008年9月1日",
            "2008 年 9 月",
            "2008-09-01T08:00",
            "2008-09-01 00:00:00"
        }) {
            assertEquals(first, TeacherCells.date(text), text);
        }
        for (String text : new String[] {"2008-02-30", "2008-13-01", "20080901", "九月", "1899-12-01", "2008"}) {
            assertNull(TeacherCells.date(text), text);
        }
        assertEquals(LocalDate.of(2008, 2, 29), TeacherCells.date("2008-2-29"));
    }

    @Test
    void stagesInChineseAndAsCodes() {
        assertEquals(SchoolStage.PRESCHOOL, TeacherCells.stage("幼儿园"));
        assertEquals(SchoolStage.PRESCHOOL, TeacherCells.stage("学前"));
        assertEquals(SchoolStage.PRIMARY, TeacherCells.stage("小学"));
        assertEquals(SchoolStage.JUNIOR_SECONDARY, TeacherCells.stage("初中"));
        assertEquals(SchoolStage.SENIOR_SECONDARY, TeacherCells.stage("高中"));
        assertEquals(SchoolStage.VOCATIONAL, TeacherCells.stage("中职"));
        assertEquals(SchoolStage.VOCATIONAL, TeacherCells.stage("职业"));
        assertEquals(SchoolStage.SPECIAL_EDUCATION, TeacherCells.stage("特教"));
        assertEquals(SchoolStage.SPECIAL_EDUCATION, TeacherCells.stage("特殊教育"));
        assertEquals(SchoolStage.JUNIOR_SECONDARY, TeacherCells.stage("junior_secondary"));
        assertNull(TeacherCells.stage("大学"));
    }

    @Test
    void genderPhoneAndYesNo() {
        assertEquals(Gender.FEMALE, TeacherCells.gender("女"));
        assertEquals(Gender.MALE, TeacherCells.gender("Male"));
        assertNull(TeacherCells.gender("未知"));
        assertEquals("13908831234", TeacherCells.phone("139-0883-1234"));
        assertNull(TeacherCells.phone("0883-2123456"));
        assertNull(TeacherCells.phone("1390883123"));
        assertNull(TeacherCells.phone("+8613908831234"));
        assertEquals(Boolean.TRUE, TeacherCells.yesNo("是"));
        assertEquals(Boolean.FALSE, TeacherCells.yesNo("N"));
        assertEquals(Boolean.TRUE, TeacherCells.yesNo("TRUE"));
        assertNull(TeacherCells.yesNo("也许"));
    }

    @Test
    void headersMatchInTheirUsualSpellings() {
        assertEquals(Optional.of(TeacherColumn.IDENTITY_NUMBER), TeacherColumn.matching("身份证号码"));
        assertEquals(Optional.of(TeacherColumn.IDENTITY_NUMBER), TeacherColumn.matching("identitynumber"));
        assertEquals(Optional.of(TeacherColumn.SERVICE_START), TeacherColumn.matching("参加工作时间(年月)"));
        assertEquals(Optional.of(TeacherColumn.NAME), TeacherColumn.matching("*姓　名"));
        assertEquals(Optional.empty(), TeacherColumn.matching("序号"));
    }
}
