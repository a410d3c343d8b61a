package cn.edu.ttms.domain.model.project;

import cn.edu.ttms.domain.model.shared.MessageKeyed;
import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a project's life cycle (workflow.md §1): each moves the project from one status to
 * the next; CANCEL ends it from any status before IN_PROGRESS, with a reason; RETURN sends a submitted
 * project back to draft, with a reason.
 */
public enum ProjectAction implements MessageKeyed {
    SUBMIT(EnumSet.of(ProjectStatus.DRAFT), ProjectStatus.SUBMITTED),
    APPROVE(EnumSet.of(ProjectStatus.SUBMITTED), ProjectStatus.APPROVED),
    /** The bureau sends a submitted project back to its proposer, with a reason; the proposer edits and resubmits. */
    RETURN(EnumSet.of(ProjectStatus.SUBMITTED), ProjectStatus.DRAFT),
    PUBLISH(EnumSet.of(ProjectStatus.APPROVED), ProjectStatus.PUBLISHED),
    OPEN_ENROLMENT(EnumSet.of(ProjectStatus.PUBLISHED), ProjectStatus.ENROLLING),
    START(EnumSet.of(ProjectStatus.ENROLLING), ProjectStatus.IN_PROGRESS),
    SUBMIT_RESULTS(EnumSet.of(ProjectStatus.IN_PROGRESS), ProjectStatus.RESULTS_SUBMITTED),
    REVIEW(EnumSet.of(ProjectStatus.RESULTS_SUBMITTED), ProjectStatus.REVIEWED),
    RECOGNISE(EnumSet.of(ProjectStatus.REVIEWED), ProjectStatus.RECOGNISED),
    ARCHIVE(EnumSet.of(ProjectStatus.RECOGNISED), ProjectStatus.ARCHIVED),
    CANCEL(
            EnumSet.of(
                    ProjectStatus.DRAFT,
                    ProjectStatus.SUBMITTED,
                    ProjectStatus.APPROVED,
                    ProjectStatus.PUBLISHED,
                    ProjectStatus.ENROLLING),
            ProjectStatus.CANCELLED);

    private final Set<ProjectStatus> from;
    private final ProjectStatus to;

    ProjectAction(Set<ProjectStatus> from, ProjectStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(ProjectStatus status) {
        return from.contains(status);
    }

    public ProjectStatus target() {
        return to;
    }

    /** Whether the step needs a reason (the cancellation's, or the return's that the proposer reads). */
    public boolean needsReason() {
        return this == CANCEL || this == RETURN;
    }

    @Override
    public String messageKey() {
        return "projectAction." + name();
    }
}
