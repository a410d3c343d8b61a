package cn.edu.ttms.application.statistics;

import cn.edu.ttms.domain.model.compliance.StandingRow;
import java.io.Serializable;
import java.util.List;

/** A page of a unit's teachers with their compliance and the requirement rows they fall short in. */
public record ComplianceTeacherList(
        long unitId, String unitName, int cycleStart, Integer year, List<Item> items, long total)
        implements Serializable {

    public ComplianceTeacherList {
        items = List.copyOf(items);
    }

    public record Item(
            long teacherId, String name, long schoolId, String school, boolean compliant, List<StandingRow> shortfalls)
            implements Serializable {

        public Item {
            shortfalls = List.copyOf(shortfalls);
        }
    }
}
