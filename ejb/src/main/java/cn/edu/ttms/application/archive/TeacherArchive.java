package cn.edu.ttms.application.archive;

import cn.edu.ttms.domain.model.integrity.IntegrityRecord;
import java.io.Serializable;
import java.util.List;

/**
 * A teacher's training archive (workflow.md §5): every result with its status, and the integrity record;
 * {@code identityNumberValid} false flags a stored identity number that was changed past the application.
 */
public record TeacherArchive(
        long teacherId,
        String name,
        String school,
        String identitySuffix,
        List<ArchiveEntry> entries,
        List<IntegrityEntry> integrity,
        boolean identityNumberValid)
        implements Serializable {

    public record IntegrityEntry(long id, String kind, String detail, java.time.Instant recordedAt, Long batchId)
            implements Serializable {

        static IntegrityEntry of(IntegrityRecord r) {
            return new IntegrityEntry(r.id(), r.kind().name(), r.detail(), r.recordedAt(), r.batchId());
        }
    }
}
