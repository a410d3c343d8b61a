package cn.edu.ttms.domain.model.compliance;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The compliance standings kept for statistics (issue 19, item 5), and their aggregates. Every aggregate
 * is over the standings of one cycle and period whose school lies under a unit's path (the caller's scope
 * was checked on the unit): a GROUP BY in the database, never a list of teachers.
 */
public interface ComplianceStandingRepository {

    /**
     * Deletes every standing of these teachers and stores {@code standings}, computed {@code at}: theirs, and
     * possibly those of teachers who have none yet (a reconciliation leaves those out of the delete).
     */
    void replace(Collection<Long> teacherIds, Collection<ComplianceStanding> standings, Instant at);

    /**
     * Who these teachers are as the standings group them (school, path, stage, subject, most senior
     * designation), by id, read after the caller's pending changes are written; ids not found are absent.
     */
    Map<Long, Standings.Holder> holders(Collection<Long> teacherIds);

    /** The stored standings of these teachers, by teacher (teachers without any are absent). */
    Map<Long, List<ComplianceStanding>> of(Collection<Long> teacherIds);

    /** Up to {@code max} teacher ids greater than {@code afterId}, in order, of the teachers under {@code path}. */
    List<Long> teacherIdsAfter(long afterId, int max, String path);

    /** Ids of teachers that have standings but are no teachers any more, up to {@code max}. */
    List<Long> orphans(int max);

    /** Whether any standing is stored (the first build after the migration has run). */
    boolean anyStored();

    /**
     * What a group of standings adds up to: how many teachers, how many compliant, and per {@link StandingRow}
     * (by ordinal) how many fall short in it.
     */
    record Tally(String key, long teachers, long compliant, List<Long> shortIn) {

        public Tally {
            shortIn = List.copyOf(shortIn);
        }

        public long shortIn(StandingRow row) {
            return shortIn.get(row.ordinal());
        }

        public static Tally empty(String key) {
            return new Tally(key, 0, 0, java.util.Collections.nCopies(StandingRow.values().length, 0L));
        }

        /** This tally and another added up, under this one's key. */
        public Tally plus(Tally other) {
            List<Long> sums = new java.util.ArrayList<>(shortIn.size());
            for (int i = 0; i < shortIn.size(); i++) {
                sums.add(shortIn.get(i) + other.shortIn.get(i));
            }
            return new Tally(key, teachers + other.teachers, compliant + other.compliant, sums);
        }
    }

    /**
     * Everything a unit's figures show, from one pass over its standings: the whole subtree, each direct
     * child (as {@link #byChild}), and each stage, subject and designation (as {@link #by}, by key).
     */
    record Summary(Tally total, List<Tally> byChild, Map<Grouping, List<Tally>> by) {}

    /** The unit's {@link Summary} for one cycle and period: one GROUP BY, rolled up here. */
    Summary summary(String unitPath, int cycleStart, int period);

    /** What the standings may be grouped by. */
    enum Grouping {
        STAGE,
        SUBJECT,
        DESIGNATION
    }

    /** The unit's whole subtree, for one cycle and period. */
    Tally total(String unitPath, int cycleStart, int period);

    /** Per direct child of the unit, keyed by the child's path (the unit's own teachers are left out). */
    List<Tally> byChild(String unitPath, int cycleStart, int period);

    /** Per stage, subject or designation code, in the unit's subtree. */
    List<Tally> by(Grouping grouping, String unitPath, int cycleStart, int period);

    /** A direct child unit of a unit: id, name, path. */
    record Child(long id, String name, String path) {}

    /** The open direct children of a unit, in the order of their names. */
    List<Child> childrenOf(long unitId);

    /** One teacher's standing with who and where, for a unit's teacher list. */
    record Listed(long teacherId, String name, long schoolId, String school, ComplianceStanding standing) {}

    /**
     * A page of the unit's teachers with their standing in the period: the non-compliant first, then by
     * school and name.
     */
    List<Listed> teachers(String unitPath, int cycleStart, int period, int first, int max);
}
