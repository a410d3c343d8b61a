package cn.edu.ttms.application.archive;

import cn.edu.ttms.application.result.ResultRow;
import cn.edu.ttms.domain.model.compliance.ResultStatus;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Selection;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** One result in a teacher's archive (api.md {@code /teachers/{id}/archive}). */
public record ArchiveEntry(
        long resultId,
        long projectId,
        String projectCode,
        String projectName,
        int year,
        Level level,
        Selection selection,
        BigDecimal hours,
        BigDecimal countedHours,
        BigDecimal score,
        Grade grade,
        BigDecimal credits,
        List<ResultRow.ModuleShareView> modules,
        ResultStatus status,
        Long policyId,
        Integer policyVersion,
        long batchId,
        String voidReason)
        implements Serializable {}
