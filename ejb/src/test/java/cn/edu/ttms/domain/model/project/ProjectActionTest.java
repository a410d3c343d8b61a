package cn.edu.ttms.domain.model.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectActionTest {

    @Test
    void theLifeCycleRunsFromDraftToArchivedOneStepAtATime() {
        ProjectStatus status = ProjectStatus.DRAFT;
        for (ProjectAction step : new ProjectAction[] {
            ProjectAction.SUBMIT,
            ProjectAction.APPROVE,
            ProjectAction.PUBLISH,
            ProjectAction.OPEN_ENROLMENT,
            ProjectAction.START,
            ProjectAction.SUBMIT_RESULTS,
            ProjectAction.REVIEW,
            ProjectAction.RECOGNISE,
            ProjectAction.ARCHIVE
        }) {
            assertTrue(step.allowedFrom(status), step + " from " + status);
            status = step.target();
        }
        assertEquals(ProjectStatus.ARCHIVED, status);
    }

    @Test
    void cancellingIsPossibleOnlyBeforeTheTrainingStarts() {
        Set<ProjectStatus> before = EnumSet.of(
                ProjectStatus.DRAFT,
                ProjectStatus.SUBMITTED,
                ProjectStatus.APPROVED,
                ProjectStatus.PUBLISHED,
                ProjectStatus.ENROLLING);
        for (ProjectStatus s : ProjectStatus.values()) {
            assertEquals(before.contains(s), ProjectAction.CANCEL.allowedFrom(s), s.name());
        }
    }

    @Test
    void aReturnTakesASubmittedProjectBackToDraftWithAReason() {
        assertEquals(
                EnumSet.of(ProjectStatus.SUBMITTED),
                EnumSet.copyOf(java.util.Arrays.stream(ProjectStatus.values())
                        .filter(ProjectAction.RETURN::allowedFrom)
                        .toList()));
        assertEquals(ProjectStatus.DRAFT, ProjectAction.RETURN.target());
        assertTrue(ProjectAction.RETURN.needsReason());
        assertTrue(ProjectAction.CANCEL.needsReason());
        assertFalse(ProjectAction.APPROVE.needsReason());
    }

    @Test
    void noStepSkipsAhead() {
        assertFalse(ProjectAction.PUBLISH.allowedFrom(ProjectStatus.DRAFT));
        assertFalse(ProjectAction.APPROVE.allowedFrom(ProjectStatus.DRAFT));
        assertFalse(ProjectAction.START.allowedFrom(ProjectStatus.PUBLISHED));
        assertFalse(ProjectAction.SUBMIT.allowedFrom(ProjectStatus.CANCELLED));
    }
}
