package cn.edu.ttms.application.result;

import cn.edu.ttms.application.json.JsonBuilders;
import cn.edu.ttms.application.signing.SnapshotCanonicaliser;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.result.ModulePart;
import cn.edu.ttms.domain.model.result.ResultBatch;
import cn.edu.ttms.domain.model.result.StageAttendance;
import cn.edu.ttms.domain.model.result.TrainingResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a signature covers (issue "Results…", item 3): the canonical JSON (RFC 8785) of a batch's
 * revision — the project, and per result the trainee's identity, the hours per stage, score, grade,
 * credits, module split and policy version. Decimals are written as strings in a fixed form (hours
 * and scores with 1 place, credits with 2, exact base and performance credits without trailing
 * zeros): RFC 8785 numbers are IEEE doubles, which would neither keep "25.90" nor be exact.
 * Trainees' names are left out on purpose: a corrected spelling in the registry is not a forged result.
 */
@ApplicationScoped
public class ResultSnapshots {

    /** The bytes to sign, their SHA-256, and each row's object by result id (to name changed rows). */
    public record Snapshot(byte[] bytes, String sha256, Map<Long, JsonObject> rows) {}

    public static final String FORMAT = "ttms-result-batch/1";

    @Inject
    SnapshotCanonicaliser canonicaliser;

    /** @param identities the trainees' identity numbers by teacher id */
    public Snapshot of(
            ResultBatch batch, TrainingProject project, List<TrainingResult> results, Map<Long, String> identities) {
        Map<Long, JsonObject> rows = new LinkedHashMap<>();
        JsonArrayBuilder array = JsonBuilders.createArrayBuilder();
        for (TrainingResult r : results) {
            JsonObject row = row(r, identities.get(r.teacherId()));
            rows.put(r.id(), row);
            array.add(row);
        }
        JsonObject whole = JsonBuilders.createObjectBuilder()
                .add("format", FORMAT)
                .add(
                        "batch",
                        JsonBuilders.createObjectBuilder().add("id", batch.id()).add("revision", batch.revision()))
                .add(
                        "project",
                        JsonBuilders.createObjectBuilder()
                                .add("id", project.id())
                                .add("code", Objects.toString(project.code(), ""))
                                .add("name", project.name())
                                .add("level", project.level().name())
                                .add("year", project.year())
                                .add("creditRate", project.creditRate() == null ? "" : fixed(project.creditRate(), 2)))
                .add("rows", array)
                .build();
        byte[] bytes = canonicaliser.canonicalize(whole.toString());
        return new Snapshot(bytes, canonicaliser.sha256Hex(bytes), rows);
    }

    /** The rows of a stored snapshot by result id. */
    public Map<Long, JsonObject> rowsOf(byte[] snapshot) {
        Map<Long, JsonObject> rows = new LinkedHashMap<>();
        try (JsonReader reader = JsonBuilders.createReader(new ByteArrayInputStream(snapshot))) {
            for (JsonValue v : reader.readObject().getJsonArray("rows")) {
                JsonObject row = v.asJsonObject();
                rows.put(row.getJsonNumber("result").longValue(), row);
            }
        }
        return rows;
    }

    /** The fields of two versions of a row that differ, by name. */
    public List<String> differences(JsonObject signed, JsonObject now) {
        TreeSet<String> keys = new TreeSet<>(signed.keySet());
        keys.addAll(now.keySet());
        return keys.stream()
                .filter(k -> !canonical(signed.get(k)).equals(canonical(now.get(k))))
                .toList();
    }

    private String canonical(JsonValue v) {
        // the canonicaliser takes whole documents: wrap the value so strings and numbers compare canonically too
        return v == null ? "" : new String(canonicaliser.canonicalize("{\"v\":" + v + "}"), StandardCharsets.UTF_8);
    }

    private static JsonObject row(TrainingResult r, String identityNumber) {
        JsonArrayBuilder stages = JsonBuilders.createArrayBuilder();
        for (StageAttendance s : r.stageHours()) {
            stages.add(
                    JsonBuilders.createObjectBuilder().add("stage", s.stageNo()).add("hours", fixed(s.hours(), 1)));
        }
        JsonArrayBuilder modules = JsonBuilders.createArrayBuilder();
        for (ModulePart m : r.modules()) {
            modules.add(JsonBuilders.createObjectBuilder()
                    .add("module", m.module().name())
                    .add("hours", fixed(m.hours(), 1))
                    .add("credits", fixed(m.credits(), 2)));
        }
        JsonObjectBuilder row = JsonBuilders.createObjectBuilder()
                .add("result", r.id())
                .add("teacher", r.teacherId())
                .add("identityNumber", identityNumber == null ? "" : identityNumber)
                .add("stageHours", stages)
                .add("hours", fixed(r.hours(), 1))
                .add("countedHours", fixed(r.countedHours(), 1))
                .add("score", r.score() == null ? "" : fixed(r.score(), 1))
                .add("grade", r.grade() == null ? "" : r.grade().name())
                .add("baseCredits", exact(r.baseCredits()))
                .add("performanceCredits", exact(r.performanceCredits()))
                .add("credits", fixed(r.credits(), 2))
                .add("modules", modules)
                .add(
                        "policy",
                        JsonBuilders.createObjectBuilder()
                                .add("id", r.policyId() == null ? 0 : r.policyId())
                                .add("version", r.policyVersion() == null ? 0 : r.policyVersion()));
        return row.build();
    }

    private static String fixed(BigDecimal value, int scale) {
        return value.setScale(scale, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String exact(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
