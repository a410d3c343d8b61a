package cn.edu.ttms.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.organisation.DataScope;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopePredicatesTest {

    @Test
    void aSubtreeIsOnePrefixMatchWithItsPatternBound() {
        ScopePredicates.Clause in = ScopePredicates.jpql(DataScope.subtree("/1/4/"), "e.unitPath", "e.teacherId");
        assertEquals("e.unitPath LIKE :scope ESCAPE '!'", in.text());
        assertEquals("/1/4/%", in.value());
        assertEquals(
                "o.path LIKE :unit ESCAPE '!'",
                ScopePredicates.jpql(DataScope.subtree("/1/"), "o.path", null, "unit")
                        .text());
        ScopePredicates.Clause sql = ScopePredicates.sql(DataScope.subtree("/1/"), "s.school_path");
        assertEquals("s.school_path LIKE ? ESCAPE '!'", sql.text());
        assertEquals(List.of("/1/%"), sql.values());
    }

    @Test
    void wildcardsAndTheEscapeCharacterInAPathMatchThemselves() {
        assertEquals(
                "/a!%b!_c!!d\\e/%",
                ScopePredicates.jpql(DataScope.subtree("/a%b_c!d\\e/"), "p", null)
                        .value());
    }

    @Test
    void oneselfIsTheIdWhereRowsNameAPersonAndNothingElsewhere() {
        ScopePredicates.Clause self = ScopePredicates.jpql(DataScope.self(7), "e.unitPath", "e.teacherId");
        assertEquals("e.teacherId = :scope", self.text());
        assertEquals(7L, self.value());
        assertEquals(
                "1 = 0",
                ScopePredicates.jpql(DataScope.self(7), "b.ownerPath", null).text());
        assertEquals(
                "1 = 0",
                ScopePredicates.jpql(DataScope.none(), "b.ownerPath", "b.teacherId")
                        .text());
        assertEquals(
                List.of(),
                ScopePredicates.sql(DataScope.self(7), "t.school_path").values());
    }

    @Test
    void aRecordReadByIdIsAdmittedAsTheQueryWouldHaveIt() {
        assertTrue(ScopePredicates.admits(DataScope.subtree("/1/4/"), "/1/4/9/", null));
        assertFalse(ScopePredicates.admits(DataScope.subtree("/1/4/"), "/1/5/", null));
        assertTrue(ScopePredicates.admits(DataScope.self(7), "/1/4/9/", 7L));
        assertFalse(ScopePredicates.admits(DataScope.self(7), "/1/4/9/", null));
        assertFalse(ScopePredicates.admits(DataScope.none(), "/1/", 7L));
        assertTrue(ScopePredicates.admits(DataScope.everything(), "/1/", null));
    }
}
