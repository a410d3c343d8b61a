package cn.edu.ttms.application.result;

import cn.edu.ttms.domain.model.result.BatchIntegrity;
import cn.edu.ttms.domain.model.result.BatchStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A batch in a list (api.md {@code GET /result-batches}): its project, state and signatures. */
public record BatchSummary(
        long id,
        long projectId,
        String projectCode,
        String projectName,
        int year,
        int revision,
        BatchStatus status,
        BatchIntegrity integrity,
        Instant verifiedAt,
        int rows,
        List<SignatureView> signatures)
        implements Serializable {}
