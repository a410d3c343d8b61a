package cn.edu.ttms.interfaces.rest.result;

import cn.edu.ttms.infrastructure.json.JsonBuilders;
import cn.edu.ttms.application.archive.ArchiveEntry;
import cn.edu.ttms.application.archive.TeacherArchive;
import cn.edu.ttms.application.archive.UnitCompliance;
import cn.edu.ttms.application.result.ResultRow;
import cn.edu.ttms.domain.model.compliance.Assessment;
import cn.edu.ttms.domain.model.compliance.ComplianceReport;
import cn.edu.ttms.domain.model.compliance.RequirementRow;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * JSON of a teacher's archive and compliance (batches and verification are typed records: {@link BatchViews}). Decimals go out as JSON numbers
 * with their exact scale (api.md: {@code 25.92}, never a float computed on the way).
 */
public final class ResultJson {

    private ResultJson() {
    }

    static JsonArrayBuilder modules(List<ResultRow.ModuleShareView> modules) {
        JsonArrayBuilder a = JsonBuilders.createArrayBuilder();
        modules.forEach(m -> a.add(JsonBuilders.createObjectBuilder().add("module", m.module()).add("hours", m.hours())
                .add("credits", m.credits())));
        return a;
    }

    public static JsonObject archive(TeacherArchive a) {
        JsonArrayBuilder items = JsonBuilders.createArrayBuilder();
        for (ArchiveEntry e : a.entries()) {
            JsonObjectBuilder o = JsonBuilders.createObjectBuilder()
                    .add("resultId", e.resultId())
                    .add("project", JsonBuilders.createObjectBuilder().add("id", e.projectId()).add("name", e.projectName())
                            .add("code", e.projectCode() == null ? "" : e.projectCode()).add("level", e.level().name())
                            .add("selection", e.selection().name()))
                    .add("year", e.year())
                    .add("hours", e.hours())
                    .add("countedHours", e.countedHours())
                    .add("credits", e.credits())
                    .add("modules", modules(e.modules()))
                    .add("status", e.status().name())
                    .add("batchId", e.batchId());
            decimal(o, "score", e.score());
            text(o, "grade", e.grade() == null ? null : e.grade().name());
            if (e.policyId() != null) {
                o.add("policy", JsonBuilders.createObjectBuilder().add("id", e.policyId()).add("version", e.policyVersion()));
            }
            text(o, "voidReason", e.voidReason());
            items.add(o);
        }
        JsonArrayBuilder integrity = JsonBuilders.createArrayBuilder();
        a.integrity().forEach(i -> integrity.add(JsonBuilders.createObjectBuilder().add("id", i.id()).add("kind", i.kind())
                .add("detail", i.detail()).add("recordedAt", i.recordedAt().toString())));
        return JsonBuilders.createObjectBuilder().add("teacherId", a.teacherId()).add("name", a.name())
                .add("school", a.school()).add("identityNumberValid", a.identityNumberValid())
                .add("items", items).add("total", a.entries().size())
                .add("integrityRecord", integrity).build();
    }

    public static JsonObject compliance(long teacherId, ComplianceReport r) {
        JsonArrayBuilder years = JsonBuilders.createArrayBuilder();
        r.years().forEach(y -> years.add(assessment(y).add("year", y.firstYear())));
        return JsonBuilders.createObjectBuilder().add("teacherId", teacherId)
                .add("cycle", assessment(r.cycleAssessment()).add("firstYear", r.cycle().firstYear())
                        .add("lastYear", r.cycle().lastYear()).add("compliant", r.compliant())
                        .add("compliantIncludingPending", r.compliantIncludingPending()))
                .add("years", years)
                .add("compliant", r.compliant())
                .build();
    }

    private static JsonObjectBuilder assessment(Assessment a) {
        JsonArrayBuilder rows = JsonBuilders.createArrayBuilder();
        a.rows().forEach(row -> rows.add(requirement(row)));
        return JsonBuilders.createObjectBuilder().add("rows", rows).add("compliant", a.compliant())
                .add("compliantIncludingPending", a.compliantIncludingPending());
    }

    static JsonObjectBuilder requirement(RequirementRow row) {
        JsonObjectBuilder o = JsonBuilders.createObjectBuilder().add("requirement", row.requirement().name());
        if (row.module() == null) {
            o.addNull("module");
        } else {
            o.add("module", row.module().name());
        }
        return o.add("required", row.required()).add("actual", row.actual()).add("shortfall", row.shortfall())
                .add("met", row.met()).add("actualIncludingPending", row.actualIncludingPending())
                .add("stillNeeded", row.stillNeeded());
    }

    public static JsonObject unit(UnitCompliance u, int first, int size) {
        JsonArrayBuilder items = JsonBuilders.createArrayBuilder();
        u.standings().stream().skip(first).limit(size).forEach(s -> {
            JsonArrayBuilder shortfalls = JsonBuilders.createArrayBuilder();
            s.shortfalls().forEach(row -> shortfalls.add(requirement(row)));
            items.add(JsonBuilders.createObjectBuilder().add("teacherId", s.teacherId()).add("name", s.name())
                    .add("school", s.school()).add("compliant", s.compliant()).add("shortfalls", shortfalls));
        });
        JsonObjectBuilder o = JsonBuilders.createObjectBuilder().add("unitId", u.unitId()).add("unitName", u.unitName())
                .add("cycleFirstYear", u.cycleFirstYear()).add("cycleLastYear", u.cycleLastYear())
                .add("teachers", u.teachers()).add("compliant", u.compliant()).add("items", items)
                .add("total", u.standings().size());
        if (u.year() != null) {
            o.add("year", u.year());
        }
        return o.build();
    }

    private static void text(JsonObjectBuilder o, String key, String value) {
        if (value != null) {
            o.add(key, value);
        }
    }

    private static void decimal(JsonObjectBuilder o, String key, BigDecimal value) {
        if (value == null) {
            o.addNull(key);
        } else {
            o.add(key, value);
        }
    }
}
