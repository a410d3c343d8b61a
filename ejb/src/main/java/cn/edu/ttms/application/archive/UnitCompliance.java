package cn.edu.ttms.application.archive;

import cn.edu.ttms.domain.model.compliance.RequirementRow;
import java.io.Serializable;
import java.util.List;

/**
 * The compliance of a school or a county (issue "Results…", item 7): how many of its teachers meet
 * the cycle's (or one year's) minimums with recognised results, and who falls short of what, by how much.
 */
public record UnitCompliance(
        long unitId,
        String unitName,
        int cycleFirstYear,
        int cycleLastYear,
        Integer year,
        int teachers,
        int compliant,
        List<TeacherStanding> standings)
        implements Serializable {

    /** One teacher: compliant or not (cycle or the chosen year), and the rows they fall short in. */
    public record TeacherStanding(
            long teacherId, String name, String school, boolean compliant, List<RequirementRow> shortfalls)
            implements Serializable {}

    public int shortOf() {
        return teachers - compliant;
    }
}
