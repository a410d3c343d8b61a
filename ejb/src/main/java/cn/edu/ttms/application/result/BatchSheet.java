package cn.edu.ttms.application.result;

import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.result.BatchIntegrity;
import cn.edu.ttms.domain.model.result.BatchStatus;
import cn.edu.ttms.domain.model.result.SignatureMeaning;
import cn.edu.ttms.domain.model.shared.Level;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A class's results with everything the results page needs: the batch's state in the chain, the
 * project's terms the credits follow from, the rows, the signatures of every revision, and what the
 * caller may do now.
 */
public record BatchSheet(
        long batchId,
        long batchVersion,
        int revision,
        BatchStatus status,
        BatchIntegrity integrity,
        String returnReason,
        long projectId,
        String projectCode,
        String projectName,
        int year,
        Level level,
        ProjectStatus projectStatus,
        BigDecimal creditRate,
        Map<Integer, BigDecimal> stagesOffered,
        List<String> modules,
        List<ResultRow> rows,
        List<SignatureView> signatures,
        boolean mayEnter,
        SignatureMeaning nextMeaning,
        boolean maySign,
        boolean mayReturn)
        implements Serializable {

    public BigDecimal totalCredits() {
        return rows.stream().filter(r -> !r.voided()).map(ResultRow::credits).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long scored() {
        return rows.stream().filter(r -> r.score() != null).count();
    }
}
