package cn.edu.ttms.application.audit;

import cn.edu.ttms.application.json.JsonBuilders;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which recorded fields point at another record, and of which kind: the entities' {@code auditState} keeps
 * references as ids (a project's plan, its lead's account, a teacher's school), which a reader knows by name.
 * The audit log collects the ids of a page by kind and looks each kind up once ({@link LinkedRecords}).
 */
public final class AuditLinks {

    /** The kinds of record an audited field can name. */
    public enum Kind {
        /** A unit of the tree (bureau, school, institution) by id. */
        UNIT,
        /** An account by id. */
        ACCOUNT,
        /** An account by username (signers, school approvals). */
        USERNAME,
        TEACHER,
        PLAN,
        PROJECT,
        /** A project's result batch: named by its project. */
        BATCH,
        /** A credit policy version: named by the policy's name and version number. */
        POLICY,
        /** An enrolment round: named by its project and its number. */
        ROUND,
        /** An attendance session: named by its project and its day (the number: yyyymmdd). */
        SESSION
    }

    /** "Entity.field" → the kind of record the field's value names. */
    private static final Map<String, Kind> FIELDS = Map.ofEntries(
            Map.entry("TrainingProject.plan", Kind.PLAN),
            Map.entry("TrainingProject.hostId", Kind.UNIT),
            Map.entry("TrainingProject.proposer", Kind.UNIT),
            Map.entry("TrainingProject.leadId", Kind.ACCOUNT),
            Map.entry("AnnualPlan.owner", Kind.UNIT),
            Map.entry("UserAccount.organisation", Kind.UNIT),
            Map.entry("UserAccount.teacherId", Kind.TEACHER),
            Map.entry("Organisation.parent", Kind.UNIT),
            Map.entry("Teacher.school", Kind.UNIT),
            Map.entry("CreditPolicy.jurisdiction", Kind.UNIT),
            Map.entry("CreditPolicy.basedOnId", Kind.POLICY),
            Map.entry("Enrolment.projectId", Kind.PROJECT),
            Map.entry("Enrolment.teacherId", Kind.TEACHER),
            Map.entry("Enrolment.quotaUnitId", Kind.UNIT),
            Map.entry("Enrolment.schoolApprovedBy", Kind.USERNAME),
            Map.entry("AttendanceSession.projectId", Kind.PROJECT),
            Map.entry("AttendanceRecord.teacherId", Kind.TEACHER),
            Map.entry("AttendanceRecord.sessionId", Kind.SESSION),
            Map.entry("Enrolment.roundId", Kind.ROUND),
            Map.entry("ResultBatch.projectId", Kind.PROJECT),
            Map.entry("TrainingResult.batchId", Kind.BATCH),
            Map.entry("TrainingResult.teacherId", Kind.TEACHER),
            Map.entry("TrainingResult.policy", Kind.POLICY),
            Map.entry("ResultSignature.batchId", Kind.BATCH),
            Map.entry("ResultSignature.signer", Kind.USERNAME),
            Map.entry("IntegrityRecord.teacherId", Kind.TEACHER),
            Map.entry("IntegrityRecord.batchId", Kind.BATCH),
            Map.entry("SignerCertificate.accountId", Kind.ACCOUNT));

    /** The entry's own record, when it is of a kind that has a name. */
    private static final Map<String, Kind> RECORDS = Map.of(
            "TrainingProject", Kind.PROJECT,
            "AnnualPlan", Kind.PLAN,
            "Teacher", Kind.TEACHER,
            "UserAccount", Kind.ACCOUNT,
            "Organisation", Kind.UNIT,
            "CreditPolicy", Kind.POLICY,
            "ResultBatch", Kind.BATCH,
            "AttendanceSession", Kind.SESSION);

    /** A result's policy as TrainingResult.auditState writes it: "12/v3". */
    private static final Pattern POLICY_VERSION = Pattern.compile("(\\d+)/v(\\d+)");

    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private AuditLinks() {}

    /** The kind of record a field names, or null for a field that holds a value of its own. */
    public static Kind of(String entityType, String field) {
        return FIELDS.get(entityType + "." + field);
    }

    /** The kind of the entry's own record, or null. */
    public static Kind recordKind(String entityType) {
        return entityType == null ? null : RECORDS.get(entityType);
    }

    /** The id a stored value names ("12", 12, "12/v3"), or null when it names none. */
    public static String idOf(Kind kind, String stored) {
        if (stored == null) {
            return null;
        }
        String s = stored.strip();
        if (kind == Kind.USERNAME) {
            return s.isEmpty() ? null : s;
        }
        if (kind == Kind.POLICY) {
            Matcher m = POLICY_VERSION.matcher(s);
            if (m.matches()) {
                return m.group(1);
            }
        }
        return ID.matcher(s).matches() ? s : null;
    }

    /** The version a stored policy reference states ("12/v3" → 3), or null. */
    public static Integer versionOf(String stored) {
        Matcher m = stored == null ? null : POLICY_VERSION.matcher(stored.strip());
        return m != null && m.matches() ? Integer.valueOf(m.group(2)) : null;
    }

    /** The key of a looked-up record in {@link AuditView#links()}. */
    public static String key(Kind kind, String id) {
        return kind.name() + ":" + id;
    }

    /** The ids by kind that a page of entries names, their own records included. */
    public static Map<Kind, Set<String>> named(Iterable<AuditView> entries) {
        Map<Kind, Set<String>> ids = new EnumMap<>(Kind.class);
        for (AuditView e : entries) {
            Kind own = recordKind(e.entityType());
            if (own != null) {
                add(ids, own, e.entityId());
            }
            collect(ids, e.entityType(), e.before());
            collect(ids, e.entityType(), e.after());
        }
        return ids;
    }

    private static void collect(Map<Kind, Set<String>> ids, String type, String stored) {
        if (type == null || stored == null || stored.isBlank()) {
            return;
        }
        JsonObject state;
        try (var reader = JsonBuilders.createReader(new StringReader(stored))) {
            state = reader.readObject();
        } catch (RuntimeException unreadable) {
            return; // shown plainly by the reader of the entry
        }
        for (Map.Entry<String, JsonValue> field : state.entrySet()) {
            Kind kind = of(type, field.getKey());
            if (kind != null) {
                values(field.getValue()).forEach(v -> add(ids, kind, v));
            }
        }
    }

    private static Set<String> values(JsonValue v) {
        Set<String> out = new LinkedHashSet<>();
        if (v instanceof JsonNumber n) {
            out.add(n.toString());
        } else if (v instanceof JsonString s) {
            out.add(s.getString());
        } else if (v instanceof JsonArray a) {
            a.forEach(item -> out.addAll(values(item)));
        }
        return out;
    }

    private static void add(Map<Kind, Set<String>> ids, Kind kind, String stored) {
        String id = idOf(kind, stored);
        if (id != null) {
            ids.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(id);
        }
    }
}
