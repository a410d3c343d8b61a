package cn.edu.ttms.interfaces.rest.project;

import cn.edu.ttms.domain.model.shared.Quantity;
import cn.edu.ttms.infrastructure.json.JsonBuilders;
import static cn.edu.ttms.interfaces.rest.RequestBodies.optionalDecimal;
import static cn.edu.ttms.interfaces.rest.RequestBodies.optionalLong;

import cn.edu.ttms.application.project.ProjectSheet;
import cn.edu.ttms.domain.model.project.CourseKind;
import cn.edu.ttms.domain.model.project.ProjectCourse;
import cn.edu.ttms.domain.model.project.ProjectModule;
import cn.edu.ttms.domain.model.project.ProjectQuota;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.ProjectTerms;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.domain.model.shared.Selection;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.interfaces.rest.problem.DomainExceptionMapper;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A project's terms as JSON, both ways: the body of PUT /api/v1/projects/{id} is what GET gives. */
final class ProjectJson {

    private ProjectJson() {
    }

    static JsonObject of(ProjectSheet sheet, Locale locale) {
        TrainingProject p = sheet.project();
        ProjectTerms t = sheet.terms();
        JsonObjectBuilder json = JsonBuilders.createObjectBuilder().add("id", p.id()).add("version", p.version())
                .add("plan", JsonBuilders.createObjectBuilder().add("id", p.plan().id()).add("name", p.plan().name()))
                .add("year", p.year()).add("status", p.status().name()).add("places", p.places())
                .add("policy", sheet.policy()).add("editable", p.editable());
        text(json, "code", t.code());
        text(json, "name", t.name());
        text(json, "level", t.level() == null ? null : t.level().name());
        text(json, "category", t.category());
        text(json, "proposingUnit", t.proposingUnit());
        text(json, "selection", t.selection().name());
        number(json, "creditRate", t.creditRate());
        json.add("capacity", t.capacity());
        if (t.minTrainees() != null) {
            json.add("minTrainees", t.minTrainees());
        }
        json.add("approvalChain", t.approvalChain().name());
        number(json, "budget", t.budget());
        if (t.hostId() != null) {
            json.add("hostId", t.hostId()).add("hostName", sheet.nameOf(t.hostId()));
        }
        text(json, "hosts", t.hosts());
        if (t.leadId() != null) {
            json.add("leadId", t.leadId());
            text(json, "leadName", sheet.leadName());
        }
        text(json, "advisers", t.advisers());
        text(json, "audience", t.audience());
        text(json, "cancelReason", p.cancelReason());
        JsonArrayBuilder stages = JsonBuilders.createArrayBuilder();
        t.audienceStages().forEach(s -> stages.add(s.name()));
        json.add("audienceStages", stages);
        json.add("audienceSubjects", JsonBuilders.createArrayBuilder(t.audienceSubjects()));
        json.add("hours", sheet.hours() == null ? JsonValue.NULL : JsonBuilders.createValue(sheet.hours().value()));
        json.add("stages", stages(t.stages()));
        JsonArrayBuilder modules = JsonBuilders.createArrayBuilder();
        t.modules().forEach(m -> modules.add(JsonBuilders.createObjectBuilder().add("module", m.module().name())
                .add("hours", m.hours().value())));
        json.add("modules", modules);
        JsonArrayBuilder quotas = JsonBuilders.createArrayBuilder();
        t.quotas().forEach(q -> quotas.add(JsonBuilders.createObjectBuilder().add("unitId", q.unitId())
                .add("unitName", sheet.nameOf(q.unitId())).add("places", q.places())));
        json.add("quotas", quotas);
        JsonArrayBuilder courses = JsonBuilders.createArrayBuilder();
        t.courses().forEach(c -> courses.add(JsonBuilders.createObjectBuilder().add("title", c.title())
                .add("kind", c.kind().name()).add("hours", c.hours().value()).add("practical", c.practical())));
        json.add("courses", courses);
        json.add("warnings", DomainExceptionMapper.violations(sheet.warnings(), locale));
        JsonArrayBuilder actions = JsonBuilders.createArrayBuilder();
        sheet.actions().forEach(a -> actions.add(a.name()));
        json.add("actions", actions);
        return json.build();
    }

    private static JsonArrayBuilder stages(List<ProjectStage> list) {
        JsonArrayBuilder out = JsonBuilders.createArrayBuilder();
        for (ProjectStage s : list) {
            JsonObjectBuilder o = JsonBuilders.createObjectBuilder().add("stageNo", s.stageNo()).add("form", s.form().name())
                    .add("trainees", s.trainees());
            text(o, "formText", s.formText());
            number(o, "daysOffsite", s.daysOffsite());
            number(o, "daysLocal", s.daysLocal());
            number(o, "daysTotal", s.daysTotal());
            number(o, "hours", s.hours() == null ? null : s.hours().value());
            text(o, "startDate", s.startDate() == null ? null : s.startDate().toString());
            text(o, "endDate", s.endDate() == null ? null : s.endDate().toString());
            text(o, "place", s.place());
            out.add(o);
        }
        return out;
    }

    /** Terms from a request body; a malformed value is an IllegalArgumentException (422 naming the field). */
    static ProjectTerms terms(JsonObject b) {
        List<ProjectStage> stages = new ArrayList<>();
        for (JsonObject s : objects(b, "stages")) {
            Integer trainees = cn.edu.ttms.interfaces.rest.RequestBodies.intWithin(s, "trainees", 0, 1_000_000, 0);
            BigDecimal hours = optionalDecimal(s, "hours", Quantity.HOURS);
            stages.add(new ProjectStage(stages.size() + 1, cn.edu.ttms.interfaces.rest.RequestBodies.requiredEnum(DeliveryForm.class, s, "form"),
                    s.getString("formText", null), optionalDecimal(s, "daysOffsite", Quantity.DAYS), optionalDecimal(s, "daysLocal", Quantity.DAYS),
                    optionalDecimal(s, "daysTotal", Quantity.DAYS), trainees, hours == null ? null : new Hours(hours),
                    date(s, "startDate"), date(s, "endDate"), s.getString("place", null)));
        }
        List<ProjectModule> modules = new ArrayList<>();
        for (JsonObject m : objects(b, "modules")) {
            modules.add(new ProjectModule(cn.edu.ttms.interfaces.rest.RequestBodies.requiredEnum(Module.class, m, "module"), hours(m)));
        }
        List<ProjectQuota> quotas = new ArrayList<>();
        for (JsonObject q : objects(b, "quotas")) {
            quotas.add(new ProjectQuota(cn.edu.ttms.interfaces.rest.RequestBodies.requiredLong(q, "unitId"), cn.edu.ttms.interfaces.rest.RequestBodies.intWithin(q, "places", 0, 1_000_000, 0)));
        }
        List<ProjectCourse> courses = new ArrayList<>();
        for (JsonObject c : objects(b, "courses")) {
            courses.add(new ProjectCourse(courses.size() + 1, c.getString("title", ""), cn.edu.ttms.interfaces.rest.RequestBodies.requiredEnum(CourseKind.class, c, "kind"),
                    hours(c), c.getBoolean("practical", false)));
        }
        List<SchoolStage> audienceStages = strings(b, "audienceStages").stream().map(v -> cn.edu.ttms.interfaces.rest.RequestBodies.enumValue(SchoolStage.class, v, "audienceStages")).toList();
        String level = b.getString("level", null);
        String selection = b.getString("selection", null);
        return new ProjectTerms(b.getString("code", null), b.getString("name", null),
                level == null ? null : cn.edu.ttms.interfaces.rest.RequestBodies.enumValue(Level.class, level, "level"), b.getString("category", null),
                b.getString("proposingUnit", null), selection == null ? null : cn.edu.ttms.interfaces.rest.RequestBodies.enumValue(Selection.class, selection, "selection"),
                optionalDecimal(b, "creditRate", Quantity.CREDIT_RATE), cn.edu.ttms.interfaces.rest.RequestBodies.intWithin(b, "capacity", 0, 1_000_000, 0), optionalDecimal(b, "budget", Quantity.BUDGET),
                optionalLong(b, "hostId"), b.getString("hosts", null), optionalLong(b, "leadId"),
                b.getString("advisers", null), b.getString("audience", null), audienceStages,
                strings(b, "audienceSubjects"), stages, modules, quotas, courses,
                optionalLong(b, "minTrainees") == null ? null : cn.edu.ttms.interfaces.rest.RequestBodies.intWithin(b, "minTrainees", 0, 1_000_000, 0),
                b.getString("approvalChain", null) == null ? null
                        : cn.edu.ttms.interfaces.rest.RequestBodies.requiredEnum(cn.edu.ttms.domain.model.enrolment.ApprovalChain.class, b, "approvalChain"));
    }

    private static List<JsonObject> objects(JsonObject b, String field) {
        JsonArray a = b.containsKey(field) && !b.isNull(field) ? b.getJsonArray(field) : JsonValue.EMPTY_JSON_ARRAY;
        return a.getValuesAs(JsonObject.class);
    }

    private static List<String> strings(JsonObject b, String field) {
        JsonArray a = b.containsKey(field) && !b.isNull(field) ? b.getJsonArray(field) : JsonValue.EMPTY_JSON_ARRAY;
        return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static Hours hours(JsonObject o) {
        BigDecimal h = optionalDecimal(o, "hours", Quantity.HOURS);
        if (h == null) {
            throw new IllegalArgumentException("hours are required for every module and course");
        }
        return new Hours(h);
    }

    private static LocalDate date(JsonObject o, String field) {
        String s = o.getString(field, null);
        return s == null || s.isBlank() ? null : cn.edu.ttms.interfaces.rest.RequestBodies.date(s, field);
    }

    private static void text(JsonObjectBuilder json, String field, String value) {
        if (value != null) {
            json.add(field, value);
        }
    }

    private static void number(JsonObjectBuilder json, String field, BigDecimal value) {
        if (value != null) {
            json.add(field, value);
        }
    }
}
