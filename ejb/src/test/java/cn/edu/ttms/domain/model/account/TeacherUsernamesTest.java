package cn.edu.ttms.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TeacherUsernamesTest {

    private static final String ID = "53090219800101123X";

    @Test
    void byDefaultTheIdentityNumberWithALowerCaseX() {
        TeacherUsernames rule = new TeacherUsernames(null);
        assertEquals("{identityNumber}", rule.pattern());
        assertEquals("53090219800101123x", rule.base(ID, 77, "530902"));
        assertEquals("53090219800101123x", new TeacherUsernames("  ").base(ID, 77, null));
    }

    @Test
    void placeholdersAreFilledAndTheRestKept() {
        assertEquals("530902.t123x", new TeacherUsernames("{schoolCode}.t{idSuffix}").base(ID, 77, "530902"));
        assertEquals("teacher77", new TeacherUsernames("teacher{teacherId}").base(ID, 77, null));
        assertEquals("js-123x", new TeacherUsernames("JS-{idSuffix}").base(ID, 77, null));
    }

    @Test
    void whatAUsernameMayNotHoldIsDroppedAndTheResultFitsWithRoomForANumber() {
        assertEquals("123x", new TeacherUsernames("教师_{idSuffix}").base(ID, 77, null));
        assertEquals("123x", new TeacherUsernames("-{idSuffix}").base(ID, 77, null), "starts with a letter or digit");
        String long_ = new TeacherUsernames("{identityNumber}{identityNumber}").base(ID, 77, null);
        assertEquals(TeacherUsernames.MAX_BASE, long_.length());
        assertEquals("t77", new TeacherUsernames("{schoolCode}").base(ID, 77, null), "nothing left: the registry id");
    }

    @Test
    void aNameTakenByAnotherAccountGetsTheNextNumber() {
        assertEquals("wang", TeacherUsernames.firstFree("wang", Set.of("li")::contains));
        assertEquals("wang-2", TeacherUsernames.firstFree("wang", Set.of("wang")::contains));
        assertEquals("wang-4", TeacherUsernames.firstFree("wang", Set.of("wang", "wang-2", "wang-3")::contains));
    }

    @Test
    void everyResultIsAValidUsername() {
        for (String pattern : new String[] {
            "{identityNumber}",
            "{idSuffix}",
            "x{teacherId}",
            "{schoolCode}{idSuffix}",
            "a b.c_{idSuffix}",
            "{identityNumber}{identityNumber}"
        }) {
            String name =
                    TeacherUsernames.firstFree(new TeacherUsernames(pattern).base(ID, 123456, "5309"), n -> false);
            assertTrue(name.matches("[a-z0-9][a-z0-9._-]{1,39}"), pattern + " -> " + name);
        }
    }

    @Test
    void anUnknownPlaceholderIsRefusedAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> new TeacherUsernames("{name}"));
    }
}
