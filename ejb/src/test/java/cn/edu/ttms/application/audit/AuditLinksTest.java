package cn.edu.ttms.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.organisation.DataScope;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ids a page of audit entries names, by kind, and who may read a linked record's name. */
class AuditLinksTest {

    private static AuditView entry(String type, String id, String before, String after) {
        return new AuditView(1, Instant.EPOCH, "city", "UPDATE", type, id, before, after, null, null, null);
    }

    @Test
    void idsByKindFromBeforeAfterAndTheRecordItself() {
        Map<AuditLinks.Kind, Set<String>> ids = AuditLinks.named(List.of(
                entry("TrainingProject", "12", "{\"leadId\":35,\"plan\":401}", "{\"leadId\":36,\"plan\":402}"),
                entry("TrainingResult", "801", null, "{\"batchId\":77,\"policy\":\"3/v2\",\"teacherId\":5}"),
                entry("Enrolment", "9", null, "{\"schoolApprovedBy\":\"principal\",\"projectId\":12}"),
                entry("TrainingProject", "13", "not json", null)));
        assertEquals(Set.of("401", "402"), ids.get(AuditLinks.Kind.PLAN));
        assertEquals(Set.of("35", "36"), ids.get(AuditLinks.Kind.ACCOUNT));
        assertEquals(Set.of("12", "13"), ids.get(AuditLinks.Kind.PROJECT), "the records themselves and a link");
        assertEquals(Set.of("77"), ids.get(AuditLinks.Kind.BATCH));
        assertEquals(Set.of("3"), ids.get(AuditLinks.Kind.POLICY));
        assertEquals(Set.of("5"), ids.get(AuditLinks.Kind.TEACHER));
        assertEquals(Set.of("principal"), ids.get(AuditLinks.Kind.USERNAME));
        assertNull(ids.get(AuditLinks.Kind.UNIT));
    }

    @Test
    void storedReferences() {
        assertEquals("3", AuditLinks.idOf(AuditLinks.Kind.POLICY, "3/v2"));
        assertEquals(2, AuditLinks.versionOf("3/v2"));
        assertNull(AuditLinks.idOf(AuditLinks.Kind.PLAN, "(changed)"));
        assertNull(AuditLinks.of("TrainingProject", "capacity"));
        assertEquals(AuditLinks.Kind.ACCOUNT, AuditLinks.of("TrainingProject", "leadId"));
    }

    @Test
    void namesByScope() {
        DataScope county = DataScope.subtree("/1/2/3/");
        LinkedRecords.Found cityPlan = new LinkedRecords.Found("临沧市计划", null, "/1/2/", null);
        LinkedRecords.Found otherCounty = new LinkedRecords.Found("凤庆县计划", null, "/1/2/4/", null);
        LinkedRecords.Found ownTeacher = new LinkedRecords.Found("李老师", null, "/1/2/3/8/", 5L);
        LinkedRecords.Found otherTeacher = new LinkedRecords.Found("王老师", null, "/1/2/4/9/", 6L);
        assertTrue(AuditLog.readable(AuditLinks.Kind.PLAN, cityPlan, county), "the reader's line upwards");
        assertFalse(AuditLog.readable(AuditLinks.Kind.PLAN, otherCounty, county), "another branch");
        assertTrue(AuditLog.readable(AuditLinks.Kind.UNIT, otherCounty, county), "units are the public frame");
        assertTrue(AuditLog.readable(AuditLinks.Kind.TEACHER, ownTeacher, county));
        assertFalse(AuditLog.readable(AuditLinks.Kind.TEACHER, otherTeacher, county));
        assertFalse(
                AuditLog.readable(AuditLinks.Kind.TEACHER, cityPlan, county),
                "a teacher above the reader is still not the reader's");
        assertTrue(AuditLog.readable(AuditLinks.Kind.TEACHER, otherTeacher, DataScope.self(6)));
        assertFalse(AuditLog.readable(AuditLinks.Kind.ACCOUNT, otherTeacher, DataScope.self(5)), "another's account");
        assertFalse(
                AuditLog.readable(AuditLinks.Kind.USERNAME, otherTeacher, county),
                "a teacher's account in another branch");
        LinkedRecords.Found cityLead = new LinkedRecords.Found("周敏", null, "/1/2/7/", null);
        assertTrue(
                AuditLog.readable(AuditLinks.Kind.ACCOUNT, cityLead, county), "staff are named as they are as actors");
    }
}
