package cn.edu.ttms.application.archive;

import cn.edu.ttms.domain.model.compliance.ComplianceReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a teacher's archive download holds: every result as the archive page shows it, with its
 * project's dates, and the compliance of the cycle that contains {@code writtenOn}.
 *
 * @param projectDates the first and last day of each result's project, by project id (absent when
 *     the project has no dated stage)
 * @param compliance the current cycle and each of its years
 */
public record ArchiveFile(
        String teacherName,
        String school,
        List<ArchiveEntry> entries,
        Map<Long, Dates> projectDates,
        ComplianceReport compliance,
        LocalDate writtenOn) {

    public ArchiveFile {
        Objects.requireNonNull(teacherName, "teacherName");
        entries = List.copyOf(entries);
        projectDates = Map.copyOf(projectDates);
        Objects.requireNonNull(writtenOn, "writtenOn");
    }

    /** A project's first and last day; either may be unknown (null). */
    public record Dates(LocalDate start, LocalDate end) {}

    public Dates datesOf(ArchiveEntry entry) {
        return projectDates.getOrDefault(entry.projectId(), new Dates(null, null));
    }
}
