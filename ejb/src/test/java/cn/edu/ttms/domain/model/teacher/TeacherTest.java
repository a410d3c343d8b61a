package cn.edu.ttms.domain.model.teacher;

import static cn.edu.ttms.domain.model.organisation.Units.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.shared.Level;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A teacher in the registry: registered with a valid identity number at an open school, corrected as a
 * whole profile, moved by a dated move; the audit trail sees the number masked.
 */
class TeacherTest {

    /** Valid, male (17th digit 3), born 1985-03-15 in 临翔区 (IdentityNumberTest). */
    private static final String LINXIANG_MAN = "530902198503151233";

    private final Organisation province = unit(null, OrganisationKind.PROVINCE, "云南省", 1);
    private final Organisation city = unit(province, OrganisationKind.CITY, "临沧市", 2);
    private final Organisation county = unit(city, OrganisationKind.COUNTY, "临翔区", 4);
    private final Organisation first = unit(county, OrganisationKind.SCHOOL, "临翔区第一完全小学", 9);
    private final Organisation boshang = unit(county, OrganisationKind.SCHOOL, "临翔区博尚镇中心完小", 10);

    private static TeacherProfile profile(String name) {
        return new TeacherProfile(
                name,
                "13800000000",
                "语文",
                SchoolStage.PRIMARY,
                "一级教师",
                LocalDate.of(2008, 9, 1),
                false,
                List.of(new Designation(DesignationKind.KEY_TEACHER, Level.COUNTY, 2020)));
    }

    private Teacher registered() {
        return new Teacher(IdentityNumber.of(LINXIANG_MAN), first, profile("李明"));
    }

    @Test
    void aFlaggedIdentityNumberRegistersNobody() {
        IdentityNumber flagged = IdentityNumber.stored("530921196709171740");
        assertThrows(IllegalArgumentException.class, () -> new Teacher(flagged, null, null));
    }

    @Test
    void registrationTakesGenderAndLookUpSuffixFromTheNumberAndThePathFromTheSchool() {
        Teacher t = registered();
        assertEquals(Gender.MALE, t.gender());
        assertEquals("1233", t.identityNumber().suffix());
        assertEquals(first, t.school());
        assertEquals("/1/2/4/9/", t.schoolPath());
        assertEquals("李明", t.name());
    }

    @Test
    void aTeacherIsRegisteredOnlyAtAnOpenSchool() {
        IdentityNumber number = IdentityNumber.of(LINXIANG_MAN);
        assertThrows(
                IllegalArgumentException.class,
                () -> new Teacher(number, county, profile("李明")),
                "a county bureau is not a school");
        assertThrows(NullPointerException.class, () -> new Teacher(number, null, profile("李明")));
        boshang.close(Instant.EPOCH);
        assertThrows(IllegalArgumentException.class, () -> new Teacher(number, boshang, profile("李明")));
        assertThrows(NullPointerException.class, () -> new Teacher(number, first, null));
    }

    @Test
    void aCorrectionReplacesTheProfileButNeverTheNumberOrTheSchool() {
        Teacher t = registered();
        TeacherProfile corrected =
                new TeacherProfile("李 明", null, "数学", SchoolStage.JUNIOR_SECONDARY, null, null, true, null);
        t.correct(corrected);
        assertEquals(corrected, t.profile());
        assertEquals("数学", t.subject());
        assertNull(t.phone());
        assertTrue(t.privateSchool());
        assertTrue(t.designations().isEmpty());
        assertEquals(LINXIANG_MAN, t.identityNumber().value());
        assertEquals(first, t.school());
    }

    @Test
    void theDesignationsHandedOutCannotChangeTheRecord() {
        Teacher t = registered();
        List<Designation> copy = t.designations();
        assertThrows(UnsupportedOperationException.class, () -> copy.add(copy.get(0)));
        List<Designation> mutable = new ArrayList<>(copy);
        TeacherProfile p = new TeacherProfile("李明", null, "语文", SchoolStage.PRIMARY, null, null, false, mutable);
        t.correct(p);
        mutable.clear();
        assertEquals(1, t.designations().size(), "the profile keeps its own copy");
    }

    @Test
    void aMoveIsDatedAndRecordsBothSchools() {
        Teacher t = registered();
        LocalDate on = LocalDate.of(2026, 9, 1);
        TeacherMove move = t.moveTo(boshang, on, "linxiang");
        assertEquals(boshang, t.school());
        assertEquals("/1/2/4/10/", t.schoolPath());
        assertEquals(first, move.fromSchool());
        assertEquals(boshang, move.toSchool());
        assertEquals(on, move.movedOn());
        assertEquals("linxiang", move.recordedBy());
    }

    @Test
    void aMoveToTheSameOrAClosedSchoolOrWithoutADateIsRefused() {
        Teacher t = registered();
        assertThrows(IllegalArgumentException.class, () -> t.moveTo(first, LocalDate.of(2026, 9, 1), "linxiang"));
        assertThrows(IllegalArgumentException.class, () -> t.moveTo(county, LocalDate.of(2026, 9, 1), "linxiang"));
        boshang.close(Instant.EPOCH);
        assertThrows(IllegalArgumentException.class, () -> t.moveTo(boshang, LocalDate.of(2026, 9, 1), "linxiang"));
        assertEquals(first, t.school(), "a refused move leaves the teacher where they were");
    }

    @Test
    void theAuditTrailSeesTheNumberMaskedInTheSchoolsScope() {
        Teacher t = registered();
        assertEquals(t.identityNumber().masked(), t.auditState().get("identityNumber"));
        assertFalse(t.auditState().containsValue(LINXIANG_MAN));
        assertEquals(9L, t.auditState().get("school"));
    }

    @Test
    void aDesignationIsDatedFrom1980ToNextYearAndEqualByValue() {
        int next = Year.now().getValue() + 1;
        assertEquals(next, new Designation(DesignationKind.MASTER_TEACHER, Level.MUNICIPAL, next).sinceYear());
        assertEquals(1980, new Designation(DesignationKind.MASTER_TEACHER, Level.MUNICIPAL, 1980).sinceYear());
        assertThrows(
                IllegalArgumentException.class, () -> new Designation(DesignationKind.KEY_TEACHER, Level.COUNTY, 1979));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Designation(DesignationKind.KEY_TEACHER, Level.COUNTY, next + 1));
        assertThrows(NullPointerException.class, () -> new Designation(null, Level.COUNTY, 2020));
        assertEquals(
                new Designation(DesignationKind.SUBJECT_LEADER, Level.COUNTY, 2020),
                new Designation(DesignationKind.SUBJECT_LEADER, Level.COUNTY, 2020));
        assertFalse(new Designation(DesignationKind.SUBJECT_LEADER, Level.COUNTY, 2020)
                .equals(new Designation(DesignationKind.SUBJECT_LEADER, Level.COUNTY, 2021)));
    }

    @Test
    void aProfileNeedsNameSubjectAndStageAndKeepsFieldsWithinTheirLengths() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new TeacherProfile(" ", null, "语文", SchoolStage.PRIMARY, null, null, false, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new TeacherProfile("李明", null, null, SchoolStage.PRIMARY, null, null, false, null));
        assertThrows(
                NullPointerException.class, () -> new TeacherProfile("李明", null, "语文", null, null, null, false, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new TeacherProfile("李".repeat(41), null, "语文", SchoolStage.PRIMARY, null, null, false, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new TeacherProfile(
                        "李明",
                        null,
                        "语文",
                        SchoolStage.PRIMARY,
                        null,
                        LocalDate.now(IdentityNumber.CHINA).plusDays(1),
                        false,
                        null),
                "service cannot start tomorrow");
        TeacherProfile p = new TeacherProfile(" 李明 ", "  ", "语文", SchoolStage.PRIMARY, null, null, false, null);
        assertEquals("李明", p.name());
        assertNull(p.phone(), "blank is no phone");
    }
}
