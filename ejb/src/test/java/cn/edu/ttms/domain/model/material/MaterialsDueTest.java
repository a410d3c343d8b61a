package cn.edu.ttms.domain.model.material;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.project.ProjectStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaterialsDueTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);

    @Test
    void aRunningClassWhoseLastDayIsPastOwesEveryRequiredKindByAMonthLater() {
        MaterialsDue due = MaterialsDue.of(ProjectStatus.IN_PROGRESS, LAST_DAY, Set.of(), LAST_DAY.plusDays(1));
        assertTrue(due.due());
        assertFalse(due.overdue());
        assertEquals(LocalDate.of(2026, 12, 20), due.dueBy());
        assertEquals(
                List.of(
                        MaterialKind.NOTICE,
                        MaterialKind.PLAN,
                        MaterialKind.PHOTOS,
                        MaterialKind.SUMMARY,
                        MaterialKind.SATISFACTION),
                List.copyOf(due.missing()),
                "in the kinds' order, OTHER never owed");
    }

    @Test
    void notDueOnItsLastDayNorBefore() {
        assertFalse(MaterialsDue.of(ProjectStatus.IN_PROGRESS, LAST_DAY, Set.of(), LAST_DAY)
                .due());
        assertFalse(MaterialsDue.of(ProjectStatus.IN_PROGRESS, LAST_DAY, Set.of(), LAST_DAY.minusDays(3))
                .due());
    }

    @Test
    void overdueTheDayAfterTheDeadlineNotOnIt() {
        LocalDate dueBy = LAST_DAY.plusMonths(1);
        assertFalse(
                MaterialsDue.of(ProjectStatus.REVIEWED, LAST_DAY, Set.of(), dueBy)
                        .overdue(),
                "on the day");
        MaterialsDue late = MaterialsDue.of(ProjectStatus.REVIEWED, LAST_DAY, Set.of(), dueBy.plusDays(1));
        assertTrue(late.due());
        assertTrue(late.overdue());
    }

    @Test
    void everyStageFromRunningToRecognisedOwesMaterialsButNotCancelledArchivedOrEarlier() {
        LocalDate today = LAST_DAY.plusDays(5);
        for (ProjectStatus s : ProjectStatus.values()) {
            boolean owing = EnumSet.of(
                            ProjectStatus.IN_PROGRESS,
                            ProjectStatus.RESULTS_SUBMITTED,
                            ProjectStatus.REVIEWED,
                            ProjectStatus.RECOGNISED)
                    .contains(s);
            MaterialsDue due = MaterialsDue.of(s, LAST_DAY, Set.of(), today);
            assertEquals(owing, due.due(), s.name());
            if (!owing) {
                assertNull(due.dueBy(), s.name());
            }
        }
    }

    @Test
    void aKindUploadedIsNoLongerMissingAndAllFiveEndTheDebtWhateverOthers() {
        LocalDate today = LAST_DAY.plusMonths(2);
        MaterialsDue partly = MaterialsDue.of(
                ProjectStatus.RECOGNISED,
                LAST_DAY,
                Set.of(MaterialKind.NOTICE, MaterialKind.PLAN, MaterialKind.PHOTOS, MaterialKind.OTHER),
                today);
        assertEquals(Set.of(MaterialKind.SUMMARY, MaterialKind.SATISFACTION), partly.missing());
        assertTrue(partly.overdue());

        MaterialsDue complete = MaterialsDue.of(ProjectStatus.RECOGNISED, LAST_DAY, MaterialKind.REQUIRED, today);
        assertTrue(complete.missing().isEmpty());
        assertFalse(complete.due());
        assertFalse(complete.overdue());
        assertEquals(LAST_DAY.plusMonths(1), complete.dueBy(), "the deadline is still shown");
    }

    @Test
    void aClassWithoutALastDayOwesNothingYet() {
        MaterialsDue due = MaterialsDue.of(ProjectStatus.IN_PROGRESS, null, Set.of(), LAST_DAY);
        assertFalse(due.due());
        assertNull(due.dueBy());
        assertEquals(5, due.missing().size());
    }

    @Test
    void aMonthAfterTheThirtyFirstIsTheLastDayOfTheShorterMonth() {
        LocalDate jan31 = LocalDate.of(2027, 1, 31);
        assertEquals(
                LocalDate.of(2027, 2, 28),
                MaterialsDue.of(ProjectStatus.IN_PROGRESS, jan31, Set.of(), jan31.plusDays(1))
                        .dueBy());
    }
}
