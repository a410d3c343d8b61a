package cn.edu.ttms.domain.model.integrity;

import java.util.List;

/** Integrity-record entries. */
public interface IntegrityRepository {

    IntegrityRecord store(IntegrityRecord record);

    /** A teacher's entries, newest first. */
    List<IntegrityRecord> ofTeacher(long teacherId);

    /** Entries of a batch (verification writes one per tampered row, once). */
    List<IntegrityRecord> ofBatch(long batchId);
}
