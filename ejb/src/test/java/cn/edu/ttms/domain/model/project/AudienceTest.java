package cn.edu.ttms.domain.model.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.teacher.SchoolStage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whether a nominee matches a project's audience (issue 17, item 7). */
class AudienceTest {

    private final Audience juniorMaths = new Audience(Set.of(SchoolStage.JUNIOR_SECONDARY), List.of("数学", "物理"));

    @Test
    void aTeacherOfTheStageAndSubjectMatches() {
        assertEquals(Set.of(), juniorMaths.mismatches("数学", SchoolStage.JUNIOR_SECONDARY));
        assertEquals(Set.of(), juniorMaths.mismatches(" 物理 ", SchoolStage.JUNIOR_SECONDARY));
    }

    @Test
    void anotherStageOrSubjectIsNamed() {
        assertEquals(Set.of(Audience.Mismatch.STAGE), juniorMaths.mismatches("数学", SchoolStage.PRIMARY));
        assertEquals(Set.of(Audience.Mismatch.SUBJECT), juniorMaths.mismatches("语文", SchoolStage.JUNIOR_SECONDARY));
        assertEquals(Set.of(Audience.Mismatch.STAGE, Audience.Mismatch.SUBJECT), juniorMaths.mismatches("语文", null));
    }

    @Test
    void aTeacherWithoutARecordedSubjectDoesNotMatchAnAudienceNamingSubjects() {
        assertEquals(Set.of(Audience.Mismatch.SUBJECT), juniorMaths.mismatches(null, SchoolStage.JUNIOR_SECONDARY));
    }

    @Test
    void aSubjectMatchesWhenOneNameContainsTheOther() {
        Audience chinese = new Audience(Set.of(), List.of("初中语文"));
        assertEquals(Set.of(), chinese.mismatches("语文", SchoolStage.PRIMARY));
        assertEquals(Set.of(), new Audience(null, List.of("语文")).mismatches("小学语文", null));
    }

    @Test
    void aProjectNamingNoAudienceTakesAnyone() {
        Audience anyone = new Audience(Set.of(), List.of(" "));
        assertTrue(anyone.anyone());
        assertEquals(Set.of(), anyone.mismatches(null, null));
    }
}
