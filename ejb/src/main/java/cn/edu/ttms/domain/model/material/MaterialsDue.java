package cn.edu.ttms.domain.model.material;

import cn.edu.ttms.domain.model.project.ProjectStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a project stands with its materials (workflow.md §6): after its last day the host has one month
 * to upload the notice, plan, photos, summary and satisfaction results. A project that runs or has run
 * (IN_PROGRESS up to RECOGNISED — not cancelled, not archived) and whose last day is before today is
 * <em>missing materials</em> while any of those kinds has no file; it is <em>overdue</em> after the last
 * day plus one month.
 *
 * @param missing the required kinds without a file (whatever the project's stage)
 * @param dueBy the last day plus one month, or null when the project owes none (not run, cancelled,
 *     archived, or no last day)
 * @param due whether materials are missing now: the class has ended and something required is missing
 * @param overdue whether they are missing after {@code dueBy}
 */
public record MaterialsDue(Set<MaterialKind> missing, LocalDate dueBy, boolean due, boolean overdue) {

    /** The stages in which a class owes its materials. */
    public static final Set<ProjectStatus> OWING = EnumSet.of(
            ProjectStatus.IN_PROGRESS,
            ProjectStatus.RESULTS_SUBMITTED,
            ProjectStatus.REVIEWED,
            ProjectStatus.RECOGNISED);

    public MaterialsDue {
        EnumSet<MaterialKind> ordered = EnumSet.noneOf(MaterialKind.class);
        ordered.addAll(missing);
        missing = java.util.Collections.unmodifiableSet(ordered); // in the kinds' order
    }

    /**
     * @param status the project's status
     * @param lastDay its last day ({@code TrainingProject.lastDay()}), null while unknown
     * @param present the kinds it has files of
     * @param today the day it is
     */
    public static MaterialsDue of(
            ProjectStatus status, LocalDate lastDay, Collection<MaterialKind> present, LocalDate today) {
        EnumSet<MaterialKind> missing = EnumSet.copyOf(MaterialKind.REQUIRED);
        missing.removeAll(present);
        if (!OWING.contains(status) || lastDay == null) {
            return new MaterialsDue(missing, null, false, false);
        }
        LocalDate dueBy = lastDay.plusMonths(1);
        boolean due = lastDay.isBefore(today) && !missing.isEmpty();
        return new MaterialsDue(missing, dueBy, due, due && today.isAfter(dueBy));
    }
}
