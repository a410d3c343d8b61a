package cn.edu.ttms.application.audit;

import java.util.Map;
import java.util.Set;

/** The records an audit page names, looked up by kind: one query per kind, whatever the number of entries. */
public interface LinkedRecords {

    /**
     * A record found: its name, a number that goes with it (a policy's version, a batch's revision), the path of
     * the unit that owns it (for a unit, its own) and, for a teacher or a teacher's account, the teacher's id.
     */
    record Found(String name, Integer number, String ownerPath, Long teacherId) {}

    /** The records of these ids that still exist, by id; one query. */
    Map<String, Found> find(AuditLinks.Kind kind, Set<String> ids);
}
