package cn.edu.ttms.application.enrolment;

import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentStatus;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.Level;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A self-selected project in a teacher's catalogue (可报名项目): its level, dates, places left and
 * where the teacher already stands with it ({@code mine} is null while they have not applied).
 */
public record OpenProject(
        long id,
        String code,
        String name,
        Level level,
        ProjectStatus status,
        LocalDate startsOn,
        LocalDate endsOn,
        int capacity,
        int placesLeft,
        EnrolmentStatus mine)
        implements java.io.Serializable {

    /** Whether an application may be made now: enrolling, a place left, and none made yet (one per project). */
    public boolean open() {
        return status == ProjectStatus.ENROLLING && placesLeft > 0 && mine == null;
    }

    static OpenProject of(TrainingProject p, int placesLeft, Enrolment mine) {
        return new OpenProject(
                p.id(),
                p.code(),
                p.name(),
                p.level(),
                p.status(),
                firstDay(p),
                lastDay(p),
                p.capacity(),
                Math.max(0, placesLeft),
                mine == null ? null : mine.status());
    }

    /** The first day of the project's first dated stage, or null while undated. */
    static LocalDate firstDay(TrainingProject p) {
        return p.stages().stream()
                .map(ProjectStage::startDate)
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    static LocalDate lastDay(TrainingProject p) {
        return p.stages().stream()
                .map(ProjectStage::endDate)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(null);
    }
}
