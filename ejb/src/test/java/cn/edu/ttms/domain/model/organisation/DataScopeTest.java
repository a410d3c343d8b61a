package cn.edu.ttms.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a caller may see: a bureau its subtree, a teacher only themself, an institution nothing of the registry. */
class DataScopeTest {

    @Test
    void aSubtreeIncludesEveryPathBelowItsPrefixAndNothingBeside() {
        DataScope linxiang = DataScope.subtree("/1/2/4/");
        assertTrue(linxiang.includesPath("/1/2/4/"));
        assertTrue(linxiang.includesPath("/1/2/4/9/"));
        assertFalse(linxiang.includesPath("/1/2/"), "not the city above");
        assertFalse(linxiang.includesPath("/1/2/40/"), "a sibling whose id starts with the same digit");
        assertFalse(linxiang.includesPath(null));
    }

    @Test
    void selfAndNoneIncludeNoUnitAtAll() {
        assertFalse(DataScope.self(42).includesPath("/1/"));
        assertFalse(DataScope.none().includesPath("/1/"));
    }

    @Test
    void aSubtreeNeedsAPathAndASelfScopeItsTeacher() {
        assertThrows(IllegalArgumentException.class, () -> DataScope.subtree(null));
        assertThrows(IllegalArgumentException.class, () -> DataScope.subtree("1/2/"));
        assertThrows(IllegalArgumentException.class, () -> new DataScope(DataScope.Kind.SELF, null, null));
        assertThrows(NullPointerException.class, () -> new DataScope(null, "/1/", null));
    }
}
