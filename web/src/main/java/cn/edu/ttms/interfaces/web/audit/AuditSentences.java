package cn.edu.ttms.interfaces.web.audit;

import cn.edu.ttms.application.audit.AuditLinks;
import cn.edu.ttms.application.audit.AuditView;
import cn.edu.ttms.application.json.JsonBuilders;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Audit entries as sentences in the reader's language: who (name and unit) did what ("提交了申报", "修改了项目信息"),
 * and each changed field by its form label with the old and new values in words. The audit trail stores what the
 * persistence layer saw (entity class names, attribute names, enum constants, JSON); this is the one place that
 * translates it. An entry it cannot read is shown plainly rather than stopping the page.
 */
public final class AuditSentences {

    private static final Logger LOG = Logger.getLogger(AuditSentences.class.getName());
    private static final String WEB_BUNDLE = "cn.edu.ttms.interfaces.web.messages";
    private static final String DOMAIN_BUNDLE = "cn.edu.ttms.domain.messages";
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    /** A project's stage as TrainingProject.auditState writes it: "1:LOCAL_CONCENTRATED 4d/nullh×50". */
    private static final Pattern STAGE =
            Pattern.compile("(\\d+):([A-Z_]+) ([\\d.]+|null)d/([\\d.]+|null)h×(\\d+|null)");
    /** A result's credits by module as TrainingResult.auditState writes them: "ETHICS:10.80 COMPETENCE:43.20". */
    private static final Pattern MODULE = Pattern.compile("([A-Z][A-Z_]+):(\\d+(?:\\.\\d+)?)");
    /**
     * The detail of a teacher's record leaving in a file, as TeacherRecordAccess writes it: the kind of
     * file, and what it was about ("ROSTER: 名单导出测试 (xlsx)").
     */
    private static final Pattern RECORD_EXPORT =
            Pattern.compile("(ARCHIVE|COMPLIANCE|ROSTER|REGISTRY|TRANSCRIPT|CERTIFICATE)(?:: (.*))?", Pattern.DOTALL);
    /**
     * Internal paths of the unit tree, and ids of records a reader knows by another field of the same entry (an
     * attendance's enrolment by its teacher, an integrity record's result by its teacher and batch, a signature's
     * certificate by its signer): nothing a reader can use.
     */
    private static final java.util.Set<String> HIDDEN =
            java.util.Set.of("schoolPath", "path", "enrolmentId", "resultId", "certificateId");
    /** Whole numbers inside a composite value ("1:18.0 2:6.0"). */
    private static final Pattern TRAILING_ZEROS = Pattern.compile("(\\d+)\\.0+(?!\\d)");

    /** Fields whose label the forms already have (the project editor, the teacher record). */
    private static final Map<String, String> FORM_LABELS = Map.ofEntries(
            Map.entry("TrainingProject.plan", "project.plan"),
            Map.entry("TrainingProject.code", "plan.code"),
            Map.entry("TrainingProject.name", "plan.print.column.name"),
            Map.entry("TrainingProject.level", "calc.level"),
            Map.entry("TrainingProject.category", "plan.category"),
            Map.entry("TrainingProject.capacity", "project.capacity"),
            Map.entry("TrainingProject.minTrainees", "project.minTrainees"),
            Map.entry("TrainingProject.approvalChain", "project.approvalChain"),
            Map.entry("TrainingProject.status", "plan.status"),
            Map.entry("TrainingProject.cancelReason", "project.cancelReason"),
            Map.entry("TrainingProject.returnReason", "project.returnReason"),
            Map.entry("TrainingProject.stages", "project.stages"),
            Map.entry("TrainingProject.selection", "project.selection"),
            Map.entry("TrainingProject.creditRate", "project.creditRate"),
            Map.entry("TrainingProject.budget", "project.budget"),
            Map.entry("TrainingProject.hostId", "project.host"),
            Map.entry("TrainingProject.hosts", "project.hosts"),
            Map.entry("TrainingProject.leadId", "project.lead"),
            Map.entry("TrainingProject.advisers", "project.advisers"),
            Map.entry("Teacher.name", "teacher.name"),
            Map.entry("Teacher.subject", "teacher.subject"),
            Map.entry("Teacher.stage", "teacher.stage"),
            Map.entry("Teacher.phone", "teacher.phone"),
            Map.entry("Teacher.title", "teacher.titleRank"));

    /** Where the words for an attribute's enum constants are ({@code prefix.CONSTANT}), when not under its name. */
    private static final Map<String, String> VALUE_WORDS = Map.ofEntries(
            Map.entry("TrainingProject.status", "projectStatus"),
            Map.entry("ResultBatch.status", "batchStatus"),
            Map.entry("Enrolment.status", "enrolmentStatus"),
            Map.entry("ResultBatch.integrity", "batchIntegrity"),
            Map.entry("ResultSignature.meaning", "signatureMeaning"),
            Map.entry("AttendanceRecord.how", "attendanceMethod"),
            Map.entry("Teacher.stage", "schoolStage"),
            Map.entry("Teacher.designations", "designation"),
            Map.entry("UserAccount.roles", "role"),
            Map.entry("Organisation.kind", "organisation.kind"));

    /** One entry as read: when, who, the sentence, the record it concerns and the changed fields. */
    public record Line(long id, String at, String who, String sentence, String record, List<String> changes)
            implements Serializable {}

    private final Function<String, String> texts;
    private final Locale locale;

    /** @param texts a text by key, or null when no bundle has it */
    AuditSentences(Function<String, String> texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /** Sentences from the UI bundle, then the domain's (enum words, action names), in {@code locale}. */
    public static AuditSentences in(Locale locale) {
        ClassLoader loader = AuditSentences.class.getClassLoader();
        ResourceBundle web = ResourceBundle.getBundle(WEB_BUNDLE, locale, loader);
        ResourceBundle domain = ResourceBundle.getBundle(DOMAIN_BUNDLE, locale, loader);
        return new AuditSentences(key -> lookUp(key, web, domain), locale);
    }

    private static String lookUp(String key, ResourceBundle... bundles) {
        for (ResourceBundle bundle : bundles) {
            try {
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException e) {
                // next bundle
            }
        }
        return null;
    }

    public List<Line> lines(List<AuditView> entries) {
        List<Line> lines = new ArrayList<>(entries.size());
        for (AuditView entry : entries) {
            lines.add(line(entry));
        }
        return lines;
    }

    /** One entry; stored data this cannot read (bad JSON, an unknown action) gives a plain line, not an error. */
    public Line line(AuditView e) {
        String who = who(e);
        try {
            JsonObject before = json(e.before());
            JsonObject after = json(e.after());
            String verb = verb(e, before, after);
            return new Line(e.id(), e.getAtText(), who, who + verb, record(e), changes(e, before, after));
        } catch (RuntimeException broken) {
            LOG.log(Level.FINE, "audit entry " + e.id() + " not readable as a sentence", broken);
            String action = text("audit.action." + e.action(), e.action());
            return new Line(
                    e.id(),
                    e.at() == null ? "" : e.getAtText(),
                    who,
                    who + " " + action,
                    record(e),
                    List.of(text("history.unreadable", "")));
        }
    }

    /** "杨校长（临翔区第一完全小学）", or the login name when no account has it, or "系统" for system tasks. */
    String who(AuditView e) {
        if (e.actorName() != null) {
            // demo and imported names often carry the unit already ("临沧市教育局 王芳"): not twice
            return e.actorUnit() == null || e.actorName().contains(e.actorUnit())
                    ? e.actorName()
                    : format(text("history.actor", "{0} ({1})"), e.actorName(), e.actorUnit());
        }
        if (e.actor() == null || "system".equals(e.actor())) {
            return text("history.actor.system", "system");
        }
        return text("history.actor." + e.actor(), e.actor());
    }

    /** The record an entry concerns: "培训项目 2026年新任教师培训", by its name when it has one the reader may see. */
    String record(AuditView e) {
        if (e.entityType() == null) {
            return "";
        }
        String what = entity(e.entityType());
        if (e.entityId() == null) {
            return what;
        }
        AuditLinks.Kind kind = AuditLinks.recordKind(e.entityType());
        if (kind != null && e.links() != null) {
            String name = linked(e.links(), kind, e.entityId());
            if (name != null) {
                return format(text("history.record", "{0} {1}"), what, name);
            }
        }
        return what + " " + e.entityId();
    }

    /**
     * The name of a linked record: "（已删除）" when it no longer exists, a neutral word when it is another unit's
     * (the reader may not see it), never its id; null for a value that names no record.
     */
    String linked(Map<String, AuditView.Link> links, AuditLinks.Kind kind, String stored) {
        String id = AuditLinks.idOf(kind, stored);
        if (id == null) {
            return null;
        }
        AuditView.Link link = links.get(AuditLinks.key(kind, id));
        if (link == null) {
            return text("history.link.deleted", "(deleted)");
        }
        if (!link.visible()) {
            return text("history.link.otherUnit", "(another unit's record)");
        }
        return switch (kind) {
            case POLICY -> {
                Integer version = AuditLinks.versionOf(stored);
                yield format(
                        text("history.link.policy", "{0} v{1}"),
                        link.name(),
                        String.valueOf(version == null ? link.number() : version));
            }
            case BATCH -> format(text("history.link.batch", "results of {0}"), link.name(), link.number());
            case ROUND ->
                format(text("history.link.round", "round {1} of {0}"), link.name(), String.valueOf(link.number()));
            case SESSION -> format(text("history.link.session", "{0}, {1}"), link.name(), day(link.number()));
            default -> link.name();
        };
    }

    /** A day stored as yyyymmdd (the attendance session's link) as yyyy-MM-dd. */
    static String day(Integer yyyymmdd) {
        if (yyyymmdd == null) {
            return "";
        }
        int d = yyyymmdd;
        return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
    }

    private String entity(String type) {
        return text("history.entity." + type, type);
    }

    private String verb(AuditView e, JsonObject before, JsonObject after) {
        String type = e.entityType() == null ? "" : e.entityType();
        String action = e.action();
        String exported = recordExport(e);
        if (exported != null) {
            return exported;
        }
        if ("UPDATE".equals(action) && after != null && after.containsKey("status")) {
            String to = plain(after.get("status"));
            String from = before == null ? null : plain(before.get("status"));
            String specific = texts.apply("history.verb." + type + ".status." + from + "." + to);
            if (specific == null) {
                specific = texts.apply("history.verb." + type + ".status." + to);
            }
            if (specific != null) {
                return specific;
            }
        }
        String byType = texts.apply("history.verb." + action + "." + type);
        if (byType != null) {
            return byType;
        }
        String general = texts.apply("history.verb." + action);
        if (general != null) {
            return format(general, entity(type));
        }
        return text("audit.action." + action, action);
    }

    /**
     * "导出了培训名单：名单导出测试 (xlsx)" for a teacher's record that left in a file of a known kind (the
     * detail is then the sentence, not a note); null for any other entry.
     */
    private String recordExport(AuditView e) {
        if (!"EXPORT".equals(e.action()) || !"Teacher".equals(e.entityType()) || e.detail() == null) {
            return null;
        }
        var m = RECORD_EXPORT.matcher(e.detail().strip());
        if (!m.matches()) {
            return null;
        }
        String verb = texts.apply("history.verb.EXPORT.Teacher." + m.group(1));
        if (verb == null) {
            return null;
        }
        String subject = m.group(2);
        return subject == null || subject.isBlank()
                ? verb
                : format(text("history.verb.EXPORT.Teacher.subject", "{0}: {1}"), verb, subject.strip());
    }

    private List<String> changes(AuditView e, JsonObject before, JsonObject after) {
        String type = e.entityType() == null ? "" : e.entityType();
        List<String> changes = new ArrayList<>();
        if (after != null && before != null) {
            for (String field : after.keySet()) {
                changes.add(format(
                        text("history.change", "{0}: {1} → {2}"),
                        label(type, field),
                        value(e.links(), type, field, before.get(field)),
                        value(e.links(), type, field, after.get(field))));
            }
        } else {
            JsonObject state = after != null ? after : before;
            if (state != null) {
                for (String field : state.keySet()) {
                    JsonValue v = state.get(field);
                    if (v != null
                            && v.getValueType() != JsonValue.ValueType.NULL
                            && !plain(v).isEmpty()
                            && !(v instanceof JsonArray a && a.isEmpty())
                            && !HIDDEN.contains(field)) {
                        changes.add(format(
                                text("history.field", "{0}: {1}"),
                                label(type, field),
                                value(e.links(), type, field, v)));
                    }
                }
            }
        }
        if (e.detail() != null && !e.detail().isBlank() && recordExport(e) == null) {
            changes.add(format(text("history.detail", "{0}"), note(e.detail())));
        }
        return changes;
    }

    String label(String type, String field) {
        String own = texts.apply("history.field." + type + "." + field);
        if (own != null) {
            return own;
        }
        String form = FORM_LABELS.get(type + "." + field);
        if (form != null && texts.apply(form) != null) {
            return texts.apply(form);
        }
        return text("history.field." + field, field);
    }

    /**
     * A note the application wrote beside the entry (a sign-in channel, "compliance 2026, 156 teachers") in the
     * reader's language when its shape is known ({@link AuditNotes}), else as written.
     */
    String note(String detail) {
        String read = AuditNotes.read(detail, texts, this::notePart, this::format);
        return read == null ? detail : read;
    }

    /**
     * A part of a note in words: an instant on the Chinese clock, a file format or channel by name, or a part
     * that is a note of a known shape itself (a sign-in's reason: "one-time password expired …").
     */
    private String notePart(String part) {
        if (INSTANT.matcher(part).matches()) {
            return CLOCK.format(Instant.parse(part));
        }
        String word = texts.apply("history.note.word." + part.replace(' ', '_'));
        if (word != null) {
            return word;
        }
        String inner = AuditNotes.read(part, texts, p -> p.equals(part) ? p : notePart(p), this::format);
        return inner == null ? part : inner;
    }

    String value(String type, String field, JsonValue v) {
        return value(null, type, field, v);
    }

    /**
     * A stored value in words; a value that names another record (a project's plan, its lead) by that record's name
     * as {@code links} has it, when they were looked up.
     */
    String value(Map<String, AuditView.Link> links, String type, String field, JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return text("history.value.empty", "-");
        }
        AuditLinks.Kind kind = links == null ? null : AuditLinks.of(type, field);
        if (kind != null && (v instanceof JsonNumber || v instanceof JsonString)) {
            String stored = v instanceof JsonString s ? s.getString() : v.toString();
            String name = linked(links, kind, stored);
            if (name != null) {
                return name;
            }
        }
        return switch (v.getValueType()) {
            case TRUE -> text("history.value.true", "yes");
            case FALSE -> text("history.value.false", "no");
            case NUMBER -> number(((JsonNumber) v).bigDecimalValue());
            case ARRAY -> {
                List<String> items = new ArrayList<>();
                for (JsonValue item : (JsonArray) v) {
                    items.add(value(links, type, field, item));
                }
                yield items.isEmpty()
                        ? text("history.value.empty", "-")
                        : String.join(text("history.value.separator", ", "), items);
            }
            case STRING -> words(type, field, ((JsonString) v).getString());
            default -> v.toString();
        };
    }

    /** A stored string in words: an enum constant by its message key, an instant on the Chinese clock, a number plainly. */
    private String words(String type, String field, String s) {
        if (s.isEmpty()) {
            return text("history.value.empty", "-");
        }
        String prefix = VALUE_WORDS.getOrDefault(type + "." + field, field);
        String word = texts.apply(prefix + "." + s);
        if (word != null) {
            return word;
        }
        if (INSTANT.matcher(s).matches()) {
            return CLOCK.format(Instant.parse(s));
        }
        if (DECIMAL.matcher(s).matches()) {
            return number(new BigDecimal(s));
        }
        if ("(changed)".equals(s)) { // a collection's old content, which the trail does not keep
            return text("history.value.changed", s);
        }
        if (STAGE.matcher(s).find()) {
            // the stages as a list's toString: "[1:LOCAL_CONCENTRATED 3d/nullh×5]", the brackets are no words
            return stage(s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s);
        }
        if ("modules".equals(field) && MODULE.matcher(s).find()) {
            List<String> modules = new ArrayList<>();
            for (String token : s.trim().split("\\s+")) {
                var m = MODULE.matcher(token);
                modules.add(
                        m.matches()
                                ? format(
                                        text("history.value.module", "{0}: {1}"),
                                        text("module." + m.group(1), m.group(1)),
                                        number(new BigDecimal(m.group(2))))
                                : token);
            }
            return String.join(text("history.value.separator", ", "), modules);
        }
        return TRAILING_ZEROS.matcher(s).replaceAll("$1");
    }

    private String stage(String s) {
        var m = STAGE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String form = text("deliveryForm." + m.group(2), m.group(2));
            m.appendReplacement(
                    out,
                    java.util.regex.Matcher.quoteReplacement(format(
                            text("history.value.stage", "{0}: {1} {2} d / {3} h × {4}"),
                            m.group(1),
                            form,
                            known(m.group(3)),
                            known(m.group(4)),
                            known(m.group(5)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String known(String figure) {
        return "null".equals(figure) ? text("history.value.unknown", "?") : number(new BigDecimal(figure));
    }

    private static String number(BigDecimal d) {
        BigDecimal plain = d.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    private static String plain(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return v instanceof JsonString s ? s.getString() : v.toString();
    }

    private static JsonObject json(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try (var reader = JsonBuilders.createReader(new StringReader(stored))) {
            return reader.readObject();
        }
    }

    private String text(String key, String fallback) {
        String text = texts.apply(key);
        return text == null ? fallback : text;
    }

    private String format(String pattern, Object... args) {
        return new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }
}
