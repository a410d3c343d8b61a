package cn.edu.ttms.application.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.demo.DemoTeacherGenerator.DemoDesignation;
import cn.edu.ttms.application.demo.DemoTeacherGenerator.DemoTeacher;
import cn.edu.ttms.application.demo.DemoTeacherGenerator.School;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.teacher.IdentityNumber;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoTeacherGeneratorTest {

    static final List<School> LINCANG = List.of(
            new School("临沧市第一中学", "530902", null),
            new School("临翔区第一完全小学", "530902", null),
            new School("临翔区博尚镇中心完小", "530902", null),
            new School("临翔区南美乡民族学校", "530902", null),
            new School("凤庆县第一中学", "530921", null),
            new School("凤庆县洛党镇中学", "530921", null),
            new School("凤庆县育才民办学校", "530921", null),
            new School("云县爱华镇中心完小", "530922", null),
            new School("永德县第一中学", "530923", null),
            new School("镇康县第一中学", "530924", null),
            new School("双江县第一中学", "530925", null),
            new School("耿马县民办启明小学", "530926", null),
            new School("沧源县第一中学", "530927", null));

    private static final Set<String> NOT_IN_PRIMARY = Set.of("物理", "化学", "生物", "历史", "地理");

    @Test
    void sameSeedSameTeachers() {
        List<DemoTeacher> a = new DemoTeacherGenerator(LINCANG, 42).generate(500);
        List<DemoTeacher> b = new DemoTeacherGenerator(LINCANG, 42).generate(500);
        assertEquals(a, b);
        assertNotEquals(a, new DemoTeacherGenerator(LINCANG, 43).generate(500));
    }

    @Test
    void streamAndListAgreeAndAStreamCanBeMadeAgain() {
        DemoTeacherGenerator generator = new DemoTeacherGenerator(LINCANG, 7);
        assertEquals(generator.generate(300), generator.stream(300).toList());
        assertEquals(generator.generate(300), generator.stream(300).parallel().toList());
    }

    @Test
    void identityNumbersAreValidUniqueAndAgreeWithTheTeacher() {
        Map<String, String> regionBySchool =
                LINCANG.stream().collect(Collectors.toMap(School::name, School::countyRegionCode));
        Set<String> seen = new HashSet<>();
        new DemoTeacherGenerator(LINCANG, 1).stream(100_000).forEach(t -> {
            IdentityNumber id = t.id();
            assertTrue(IdentityNumber.isValid(id.value()), id.value());
            assertTrue(seen.add(id.value()), "duplicate " + id.value());
            assertEquals(t.gender(), id.gender(), t.name());
            assertEquals(regionBySchool.get(t.schoolName()), id.regionCode());
            int year = id.birthDate().getYear();
            assertTrue(year >= 1965 && year <= 2001, id.value());
        });
        assertEquals(100_000, seen.size());
    }

    @Test
    void careersAndSchoolsArePlausible() {
        List<DemoTeacher> teachers = new DemoTeacherGenerator(LINCANG, 3).generate(20_000);
        int designated = 0;
        for (DemoTeacher t : teachers) {
            assertEquals(t.schoolName().contains("民办"), t.privateSchool(), t.schoolName());
            int age = Period.between(t.id().birthDate(), t.serviceStart()).getYears();
            assertTrue(age >= 20 && age <= 25, t.name() + " started at " + age);
            assertFalse(t.serviceStart().isAfter(DemoTeacherGenerator.REFERENCE_DATE));
            assertTrue(t.phone().matches("1[3-9][0-9]{9}"), t.phone());
            assertTrue(t.name().length() >= 2 && t.name().length() <= 3, t.name());
            if (t.stage() == SchoolStage.PRIMARY) {
                assertFalse(NOT_IN_PRIMARY.contains(t.subject()), t.subject() + " at " + t.schoolName());
            }
            assertEquals(expectedStages(t.schoolName()).contains(t.stage()), true, t.schoolName());
            for (DemoDesignation d : t.designations()) {
                assertTrue(d.year() >= 2015 && d.year() <= 2025, String.valueOf(d.year()));
                assertTrue(
                        Set.of(Level.COUNTY, Level.MUNICIPAL, Level.PROVINCIAL).contains(d.level()));
            }
            designated += t.designations().isEmpty() ? 0 : 1;
        }
        double share = designated / (double) teachers.size();
        assertTrue(share > 0.06 && share < 0.10, "designated share " + share);
    }

    @Test
    void titlesFollowAge() {
        Map<String, Double> meanAgeByTitle = new DemoTeacherGenerator(LINCANG, 5)
                .stream(20_000)
                        .collect(Collectors.groupingBy(
                                DemoTeacher::title,
                                Collectors.averagingInt(
                                        t -> Period.between(t.id().birthDate(), LocalDate.of(2026, 9, 1))
                                                .getYears())));
        assertTrue(meanAgeByTitle.get("三级教师") < meanAgeByTitle.get("二级教师"), meanAgeByTitle::toString);
        assertTrue(meanAgeByTitle.get("二级教师") < meanAgeByTitle.get("一级教师"), meanAgeByTitle::toString);
        assertTrue(meanAgeByTitle.get("一级教师") < meanAgeByTitle.get("高级教师"), meanAgeByTitle::toString);
    }

    @Test
    void stageHintWins() {
        School hinted = new School("临沧市第一中学", "530902", SchoolStage.SENIOR_SECONDARY);
        assertTrue(new DemoTeacherGenerator(List.of(hinted), 9)
                .stream(200).allMatch(t -> t.stage() == SchoolStage.SENIOR_SECONDARY));
    }

    @Test
    void fiveHundredThousandStreamQuickly() {
        long start = System.nanoTime();
        long count = new DemoTeacherGenerator(LINCANG, 11)
                .stream(500_000)
                        .map(DemoTeacher::schoolName)
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                        .values()
                        .stream()
                        .mapToLong(Long::longValue)
                        .sum();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("DemoTeacherGenerator: 500,000 teachers streamed in " + millis + " ms");
        assertEquals(500_000, count);
    }

    private static Set<SchoolStage> expectedStages(String school) {
        if (school.contains("一中") || school.contains("第一中学")) {
            return Set.of(SchoolStage.JUNIOR_SECONDARY, SchoolStage.SENIOR_SECONDARY);
        }
        return school.contains("中学") ? Set.of(SchoolStage.JUNIOR_SECONDARY) : Set.of(SchoolStage.PRIMARY);
    }
}
