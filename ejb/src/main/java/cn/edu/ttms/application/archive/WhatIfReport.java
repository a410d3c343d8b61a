package cn.edu.ttms.application.archive;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Stored results replayed under another policy version (issue "credit policy engine", item 4): per
 * teacher the credits as recorded and as that version would give them, and the totals. Nothing is
 * written. A result the other version cannot compute (its rate lies outside that version's range)
 * keeps its recorded credits and is counted in {@code notComputable}.
 */
public record WhatIfReport(
        long policyId,
        String policyName,
        int policyVersion,
        int results,
        int notComputable,
        BigDecimal recordedTotal,
        BigDecimal replayedTotal,
        List<TeacherDifference> teachers)
        implements Serializable {

    public BigDecimal difference() {
        return replayedTotal.subtract(recordedTotal);
    }

    /** One teacher's results: recorded and replayed credits, and each result that changes. */
    public record TeacherDifference(
            long teacherId, String name, BigDecimal recorded, BigDecimal replayed, List<ResultDifference> changed)
            implements Serializable {

        public BigDecimal difference() {
            return replayed.subtract(recorded);
        }
    }

    /** One result whose credits or grade differ under the other version. */
    public record ResultDifference(
            long resultId,
            String projectName,
            int year,
            String gradeRecorded,
            String gradeReplayed,
            BigDecimal recorded,
            BigDecimal replayed)
            implements Serializable {}
}
