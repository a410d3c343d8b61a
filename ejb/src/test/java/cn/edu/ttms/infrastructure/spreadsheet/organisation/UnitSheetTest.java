package cn.edu.ttms.infrastructure.spreadsheet.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.organisation.KnownUnit;
import cn.edu.ttms.application.organisation.UnitRow;
import cn.edu.ttms.application.organisation.UnitSheetResult;
import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading and checking a units sheet, without a container: the caller's subtree is handed in. */
class UnitSheetTest {

    /** 云南省 (1) → 临沧市 (2, code 5309) → 临翔区 (3) → 临翔区第一完全小学 (4); a closed county 旧县 (5). */
    private static final List<KnownUnit> PROVINCE = List.of(
            new KnownUnit(1, null, OrganisationKind.PROVINCE, "云南省", "53", false),
            new KnownUnit(2, 1L, OrganisationKind.CITY, "临沧市", "5309", false),
            new KnownUnit(3, 2L, OrganisationKind.COUNTY, "临翔区", "530902", false),
            new KnownUnit(4, 3L, OrganisationKind.SCHOOL, "临翔区第一完全小学", null, false),
            new KnownUnit(5, 2L, OrganisationKind.COUNTY, "旧县", null, true));

    private final List<Collection<String>> lookups = new ArrayList<>();

    private UnitSheetResult read(List<KnownUnit> scope, Set<String> codesInUse, SheetRow... rows) {
        return new UnitSheet(scope, codes -> {
                    lookups.add(List.copyOf(codes));
                    return codesInUse;
                })
                .read(List.of(rows));
    }

    private UnitSheetResult read(SheetRow... rows) {
        return read(PROVINCE, Set.of("53", "5309", "530902", "9999"), rows);
    }

    static SheetRow row(int number, String... cells) {
        return new SheetRow(number, List.of(cells));
    }

    static SheetRow header() {
        return row(1, "单位名称", "单位类型", "上级单位", "单位代码");
    }

    @Test
    void aCityWithCountiesAndSchoolsInAnyOrderComesOutParentsFirst() {
        UnitSheetResult result = read(
                header(),
                row(2, "甲县第一中学", "学校", "甲县"),
                row(3, "乙区", "县(区)", "5399", "539902"),
                row(4, "甲县", "县（区）", "新市", "539901"),
                row(5, "新市", "市(州)", "云南省", "5399"),
                row(6, "乙区实验小学", "SCHOOL", "539902"),
                row(7, "新市教师发展中心", "培训机构", "新市"));

        assertEquals(List.of(), result.problems());
        assertEquals(6, result.rows());
        assertEquals(0, result.existing());
        List<Integer> order = result.toCreate().stream().map(UnitRow::row).toList();
        assertEquals(6, order.size());
        for (UnitRow r : result.toCreate()) {
            if (r.parentRow() != null) {
                assertTrue(order.indexOf(r.parentRow()) < order.indexOf(r.row()), "parent before child: " + order);
            }
        }
        UnitRow city =
                result.toCreate().stream().filter(r -> r.row() == 5).findFirst().orElseThrow();
        assertEquals(1L, city.parentId());
        assertEquals(OrganisationKind.CITY, city.kind());
        assertEquals("5399", city.code());
        UnitRow school =
                result.toCreate().stream().filter(r -> r.row() == 6).findFirst().orElseThrow();
        assertEquals(3, school.parentRow(), "by code 539902 → row 3");
        assertEquals(null, school.code());
        assertEquals(1, lookups.size(), "one look-up of codes for the whole sheet");
        assertEquals(Set.of("539902", "539901", "5399"), Set.copyOf(lookups.get(0)));
    }

    @Test
    void unitsThatExistAreCountedNotCreatedSoReimportingChangesNothing() {
        UnitSheetResult result = read(
                header(),
                row(2, "临沧市", "市", "云南省", "5309"),
                row(3, "临翔区", "县", "临沧市"),
                row(4, "临翔区第一完全小学", "学校", "临翔区"),
                row(5, "临翔区第二完全小学", "学校", "临翔区"));

        assertEquals(List.of(), result.problems());
        assertEquals(3, result.existing());
        assertEquals(1, result.toCreate().size());
        assertEquals(3L, result.toCreate().get(0).parentId());
    }

    @Test
    void aParentOutsideTheScopeIsAnUnknownParent() {
        List<KnownUnit> linxiang = List.of(PROVINCE.get(2), PROVINCE.get(3));
        UnitSheetResult result = read(
                linxiang,
                Set.of(),
                header(),
                row(2, "新小学", "学校", "临沧市"),
                row(3, "另一小学", "学校", "5309"),
                row(4, "本县小学", "学校", "临翔区"));

        assertProblems(result, "2 上级单位 import.unit.unknownParent [临沧市]", "3 上级单位 import.unit.unknownParent [5309]");
    }

    @Test
    void everyKindOfProblemIsNamedByRowAndColumn() {
        String tooLong = "长".repeat(121);
        UnitSheetResult result = read(
                header(),
                row(2, "", "学校", "临翔区"),
                row(3, tooLong, "学校", "临翔区"),
                row(4, "某校", "大学", "临翔区"),
                row(5, "某校2", "学校", ""),
                row(6, "某县", "县", "临翔区"),
                row(7, "某县2", "县", "旧县"),
                row(8, "临翔区第一完全小学", "培训机构", "临翔区"),
                row(9, "临翔区", "县", "临沧市", "000"),
                row(10, "新校", "学校", "临翔区", "X1"),
                row(11, "新校", "学校", "临翔区", "X1"),
                row(12, "新校3", "学校", "临翔区", "9999"),
                row(13, "甲", "县", "乙"),
                row(14, "乙", "县", "甲"),
                row(15, "丙", "学校", "丙"),
                row(16, "某学校", "学校", "没有的县"),
                row(17, "代码过长", "学校", "临翔区", "1".repeat(41)));

        assertProblems(
                result,
                "2 单位名称 import.field.missing []",
                "3 单位名称 import.field.tooLong [120, 121]",
                "4 单位类型 import.unit.badKind [大学]",
                "5 上级单位 import.field.missing []",
                "6 单位类型 import.unit.kindNotAllowed [临翔区, BundleKey[messageKey=organisation.kind.COUNTY], "
                        + "BundleKey[messageKey=organisation.kind.COUNTY]]",
                "7 上级单位 import.unit.parentClosed [旧县]",
                "8 单位类型 import.unit.existsAsOtherKind [临翔区第一完全小学, BundleKey[messageKey=organisation.kind.SCHOOL]]",
                "9 单位代码 import.unit.existsWithOtherCode [临翔区, 530902]",
                "11 单位名称 import.unit.duplicateInFile [新校, 10]",
                "11 单位代码 import.unit.codeDuplicateInFile [X1, 10]",
                "12 单位代码 import.unit.codeTaken [9999]",
                "13 上级单位 import.unit.cycle [乙]",
                "14 上级单位 import.unit.cycle [甲]",
                "15 上级单位 import.unit.cycle [丙]",
                "16 上级单位 import.unit.unknownParent [没有的县]",
                "17 单位代码 import.field.tooLong [40, 41]");
    }

    @Test
    void aNameThatMeansTwoUnitsIsAmbiguousButTheCodeIsNot() {
        UnitSheetResult result = read(
                header(),
                row(2, "中心校", "学校", "临翔区"),
                row(3, "东县", "县", "临沧市", "E1"),
                row(4, "中心校", "学校", "东县"),
                row(5, "培训部", "学校", "中心校"),
                row(6, "东县小学", "学校", "E1"));

        assertProblems(result, "5 上级单位 import.unit.ambiguousParent [中心校]");
    }

    @Test
    void headersAreFoundWhereverTheyStandAndMissingOnesAreNamed() {
        UnitSheetResult missing = read(row(1, "序号", "单位名称", "单位代码"), row(2, "1", "某校", "1"));
        assertProblems(missing, "1 单位类型 import.column.missing [单位类型]", "1 上级单位 import.column.missing [上级单位]");

        UnitSheetResult moved =
                read(row(1), row(2, "备注", "上级单位 *", "单位类型*", "单位名称"), row(3, "", "临翔区", "学校", "新学校"), row(4));
        assertEquals(List.of(), moved.problems());
        assertEquals(1, moved.rows());
        assertEquals("新学校", moved.toCreate().get(0).name());

        assertProblems(read(), "1  import.sheet.empty []");
    }

    @Test
    void everyMessageKeyIsInBothBundles() throws Exception {
        Set<String> keys = Set.of(
                "import.units.refused",
                "import.unit.badKind",
                "import.unit.unknownParent",
                "import.unit.ambiguousParent",
                "import.unit.cycle",
                "import.unit.tooDeep",
                "import.unit.parentClosed",
                "import.unit.kindNotAllowed",
                "import.unit.existsAsOtherKind",
                "import.unit.existsWithOtherCode",
                "import.unit.duplicateInFile",
                "import.unit.codeDuplicateInFile",
                "import.unit.codeTaken",
                "organisation.kind.PROVINCE",
                "organisation.kind.CITY",
                "organisation.kind.COUNTY",
                "organisation.kind.SCHOOL",
                "organisation.kind.INSTITUTION");
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties p = new Properties();
            try (var in = getClass().getResourceAsStream("/cn/edu/ttms/domain/" + bundle);
                    var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            Set<String> absent = new TreeSet<>(keys);
            absent.removeAll(p.stringPropertyNames());
            assertEquals(Set.of(), absent, bundle);
        }
    }

    private static void assertProblems(UnitSheetResult result, String... expected) {
        List<String> actual =
                result.problems().stream().map(UnitSheetTest::text).toList();
        assertEquals(List.of(expected), actual, actual.stream().collect(Collectors.joining("\n")));
    }

    private static String text(ImportProblem p) {
        return p.row() + " " + p.column() + " " + p.messageKey() + " " + p.args();
    }
}
