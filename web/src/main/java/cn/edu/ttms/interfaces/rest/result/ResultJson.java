package cn.edu.ttms.interfaces.rest.result;

import cn.edu.ttms.infrastructure.json.JsonBuilders;
import cn.edu.ttms.application.result.BatchSheet;
import cn.edu.ttms.application.result.BatchSummary;
import cn.edu.ttms.application.result.BatchVerification;
import cn.edu.ttms.application.result.ResultRow;
import cn.edu.ttms.application.result.SignatureView;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * JSON of results, batches and verification (a teacher's archive and compliance are the records
 * teacher/TrainingArchive and teacher/TeacherCompliance). Decimals go out as JSON numbers
 * with their exact scale (api.md: {@code 25.92}, never a float computed on the way).
 */
public final class ResultJson {

    private ResultJson() {
    }

    public static JsonObject summary(BatchSummary b) {
        JsonObjectBuilder o = JsonBuilders.createObjectBuilder()
                .add("id", b.id())
                .add("projectId", b.projectId())
                .add("projectName", b.projectName())
                .add("year", b.year())
                .add("revision", b.revision())
                .add("status", b.status().name())
                .add("integrity", b.integrity().name())
                .add("rows", b.rows())
                .add("signatures", signatures(b.signatures()));
        text(o, "projectCode", b.projectCode());
        instant(o, "verifiedAt", b.verifiedAt());
        return o.build();
    }

    public static JsonObject sheet(BatchSheet s) {
        JsonArrayBuilder rows = JsonBuilders.createArrayBuilder();
        s.rows().forEach(r -> rows.add(row(r)));
        JsonObjectBuilder stages = JsonBuilders.createObjectBuilder();
        s.stagesOffered().forEach((no, h) -> {
            if (h == null) {
                stages.addNull(String.valueOf(no));
            } else {
                stages.add(String.valueOf(no), h);
            }
        });
        JsonArrayBuilder modules = JsonBuilders.createArrayBuilder();
        s.modules().forEach(modules::add);
        JsonObjectBuilder o = JsonBuilders.createObjectBuilder()
                .add("id", s.batchId())
                .add("version", s.batchVersion())
                .add("revision", s.revision())
                .add("status", s.status().name())
                .add("integrity", s.integrity().name())
                .add("project", JsonBuilders.createObjectBuilder().add("id", s.projectId())
                        .add("name", s.projectName()).add("year", s.year()).add("level", s.level().name())
                        .add("status", s.projectStatus().name()).add("stagesOffered", stages).add("modules", modules))
                .add("rows", rows)
                .add("signatures", signatures(s.signatures()))
                .add("mayEnter", s.mayEnter())
                .add("maySign", s.maySign())
                .add("mayReturn", s.mayReturn());
        text(o, "returnReason", s.returnReason());
        if (s.nextMeaning() != null) {
            o.add("nextSignature", s.nextMeaning().name());
        }
        return o.build();
    }

    static JsonObject row(ResultRow r) {
        JsonObjectBuilder stageHours = JsonBuilders.createObjectBuilder();
        r.stageHours().forEach((no, h) -> stageHours.add(String.valueOf(no), h));
        JsonObjectBuilder o = JsonBuilders.createObjectBuilder()
                .add("resultId", r.resultId())
                .add("version", r.version())
                .add("teacherId", r.teacherId())
                .add("name", r.name())
                .add("school", r.school())
                .add("identitySuffix", r.identitySuffix())
                .add("stageHours", stageHours)
                .add("hours", r.hours())
                .add("countedHours", r.countedHours())
                .add("baseCredits", r.baseCredits())
                .add("performanceCredits", r.performanceCredits())
                .add("credits", r.credits())
                .add("modules", modules(r.modules()))
                .add("voided", r.voided());
        decimal(o, "score", r.score());
        text(o, "grade", r.grade() == null ? null : r.grade().name());
        if (r.policyId() != null) {
            o.add("policy", JsonBuilders.createObjectBuilder().add("id", r.policyId()).add("version", r.policyVersion()));
        }
        text(o, "voidReason", r.voidReason());
        return o.build();
    }

    static JsonArrayBuilder modules(List<ResultRow.ModuleShareView> modules) {
        JsonArrayBuilder a = JsonBuilders.createArrayBuilder();
        modules.forEach(m -> a.add(JsonBuilders.createObjectBuilder().add("module", m.module()).add("hours", m.hours())
                .add("credits", m.credits())));
        return a;
    }

    static JsonArrayBuilder signatures(List<SignatureView> list) {
        JsonArrayBuilder a = JsonBuilders.createArrayBuilder();
        for (SignatureView s : list) {
            a.add(JsonBuilders.createObjectBuilder().add("id", s.id()).add("revision", s.revision())
                    .add("meaning", s.meaning().name()).add("words", s.meaning().words())
                    .add("signer", s.signer()).add("signerName", s.signerName()).add("role", s.signerRole())
                    .add("signedAt", s.signedAt().toString()).add("certificateId", s.certificateId()));
        }
        return a;
    }

    public static JsonObject verification(BatchVerification v) {
        JsonArrayBuilder sigs = JsonBuilders.createArrayBuilder();
        for (BatchVerification.CheckedSignature s : v.signatures()) {
            JsonObjectBuilder o = JsonBuilders.createObjectBuilder().add("id", s.id()).add("revision", s.revision())
                    .add("meaning", s.meaning().name()).add("words", s.meaning().words()).add("signer", s.signer())
                    .add("signerName", s.signerName()).add("role", s.signerRole())
                    .add("signedAt", s.signedAt().toString()).add("valid", s.valid());
            text(o, "certificateSubject", s.certificateSubject());
            text(o, "certificateSerial", s.certificateSerial() == null ? null : s.certificateSerial().toString(16));
            text(o, "problem", s.problem());
            instant(o, "timeStamp", s.timeStamp());
            sigs.add(o);
        }
        JsonArrayBuilder rows = JsonBuilders.createArrayBuilder();
        for (BatchVerification.TamperedRow t : v.tamperedRows()) {
            JsonArrayBuilder fields = JsonBuilders.createArrayBuilder();
            t.fields().forEach(fields::add);
            rows.add(JsonBuilders.createObjectBuilder().add("resultId", t.resultId()).add("teacherId", t.teacherId())
                    .add("name", t.name()).add("change", t.change()).add("fields", fields));
        }
        return JsonBuilders.createObjectBuilder().add("batchId", v.batchId()).add("revision", v.revision())
                .add("status", v.status()).add("checkedAt", v.checkedAt().toString()).add("signatures", sigs)
                .add("tamperedRows", rows).build();
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

    private static void instant(JsonObjectBuilder o, String key, Instant value) {
        if (value != null) {
            o.add(key, value.toString());
        }
    }
}
