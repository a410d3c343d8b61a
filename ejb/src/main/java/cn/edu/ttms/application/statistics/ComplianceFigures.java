package cn.edu.ttms.application.statistics;

import cn.edu.ttms.domain.model.compliance.ComplianceStandingRepository.Tally;
import cn.edu.ttms.domain.model.compliance.StandingRow;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The compliance statistics of a unit (issue 19, item 1; api.md {@code GET /statistics/compliance}): for
 * the cycle, or one year of it, how many teachers of the unit's subtree, how many compliant, the rate; the
 * same per direct child unit, per stage, subject and designation; and how many teachers fall short in
 * each requirement row, the most failed first. {@code trail} is the way from the caller's own unit down to
 * this one, for the page's chooser.
 */
public record ComplianceFigures(
        Unit unit,
        int cycleStart,
        int cycleLastYear,
        Integer year,
        long teachers,
        long compliant,
        List<Figure> children,
        List<Figure> byStage,
        List<Figure> bySubject,
        List<Figure> byDesignation,
        List<Failing> failingRows,
        List<Unit> trail)
        implements Serializable {

    public ComplianceFigures {
        children = List.copyOf(children);
        byStage = List.copyOf(byStage);
        bySubject = List.copyOf(bySubject);
        byDesignation = List.copyOf(byDesignation);
        failingRows = List.copyOf(failingRows);
        trail = List.copyOf(trail);
    }

    public record Unit(long id, String name) implements Serializable {}

    /**
     * One group: a child unit ({@code unitId} set, {@code key} its name) or a stage, subject or designation
     * code ({@code unitId} null).
     */
    public record Figure(Long unitId, String key, long teachers, long compliant) implements Serializable {

        static Figure of(Long unitId, String key, Tally t) {
            return new Figure(unitId, key, t.teachers(), t.compliant());
        }

        public BigDecimal rate() {
            return ComplianceFigures.rate(compliant, teachers);
        }

        public long shortOf() {
            return teachers - compliant;
        }
    }

    /** A requirement row and how many teachers fall short in it. */
    public record Failing(StandingRow row, long teachers) implements Serializable {}

    public BigDecimal rate() {
        return rate(compliant, teachers);
    }

    public long shortOf() {
        return teachers - compliant;
    }

    /**
     * The rate in percent, one decimal, rounded down so that 99.96 % never shows as 100 % (as the
     * compliance of a school or county, 达标统计); 0.0 without teachers.
     */
    public static BigDecimal rate(long compliant, long teachers) {
        return teachers == 0
                ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(compliant * 100L).divide(BigDecimal.valueOf(teachers), 1, RoundingMode.DOWN);
    }
}
