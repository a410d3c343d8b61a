package cn.edu.ttms.interfaces.rest.teacher;

import cn.edu.ttms.infrastructure.json.JsonBuilders;
import cn.edu.ttms.application.teacher.TeacherDetails;
import cn.edu.ttms.application.teacher.TeacherSummary;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.teacher.Designation;
import cn.edu.ttms.domain.model.teacher.DesignationKind;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.domain.model.teacher.TeacherProfile;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Teacher DTOs to and from JSON: the API's field names, never the entity. */
final class TeacherJson {

    private TeacherJson() {
    }

    static JsonObject summary(TeacherSummary t) {
        JsonArrayBuilder designations = JsonBuilders.createArrayBuilder();
        t.designations().forEach(d -> designations.add(d.name()));
        return JsonBuilders.createObjectBuilder()
                .add("id", t.id())
                .add("name", t.name())
                .add("gender", t.gender().name())
                .add("idSuffix", t.idSuffix())
                .add("identityNumberValid", t.identityNumberValid())
                .add("school", JsonBuilders.createObjectBuilder().add("id", t.schoolId()).add("name", t.schoolName()))
                .add("subject", t.subject())
                .add("stage", t.stage().name())
                .add("designations", designations)
                .build();
    }

    static JsonObject details(TeacherDetails t) {
        JsonArrayBuilder designations = JsonBuilders.createArrayBuilder();
        t.designations().forEach(d -> designations.add(JsonBuilders.createObjectBuilder().add("kind", d.kind().name())
                .add("level", d.level().name()).add("year", d.sinceYear())));
        JsonArrayBuilder moves = JsonBuilders.createArrayBuilder();
        t.moves().forEach(m -> moves.add(JsonBuilders.createObjectBuilder().add("on", m.on().toString()).add("from", m.from())
                .add("to", m.to())));
        JsonObjectBuilder json = JsonBuilders.createObjectBuilder()
                .add("id", t.id())
                .add("version", t.version())
                .add("name", t.name())
                .add("gender", t.gender().name())
                .add("identityNumber", t.identityNumber())
                .add("identityNumberValid", t.identityNumberValid())
                .add("school", JsonBuilders.createObjectBuilder().add("id", t.schoolId()).add("name", t.schoolName()))
                .add("subject", t.subject())
                .add("stage", t.stage().name())
                .add("privateSchool", t.privateSchool())
                .add("designations", designations)
                .add("moves", moves);
        optional(json, "birthDate", t.birthDate() == null ? null : t.birthDate().toString());
        optional(json, "phone", t.phone());
        optional(json, "title", t.title());
        optional(json, "serviceStart", t.serviceStart() == null ? null : t.serviceStart().toString());
        return json.build();
    }

    private static void optional(JsonObjectBuilder json, String key, String value) {
        if (value == null) {
            json.addNull(key);
        } else {
            json.add(key, value);
        }
    }

    /** The editable part of a teacher from a request body; bad values become IllegalArgumentException (422). */
    static TeacherProfile profile(JsonObject body) {
        List<Designation> designations = new ArrayList<>();
        if (body.containsKey("designations") && body.get("designations").getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonObject d : body.getJsonArray("designations").getValuesAs(JsonObject.class)) {
                designations.add(new Designation(enumValue(DesignationKind.class, d.getString("kind"), "kind"),
                        enumValue(Level.class, d.getString("level"), "level"), cn.edu.ttms.interfaces.rest.RequestBodies.intWithin(d, "year", 1900, 2200, 0)));
            }
        }
        return new TeacherProfile(text(body, "name"), text(body, "phone"), text(body, "subject"),
                body.containsKey("stage") ? enumValue(SchoolStage.class, body.getString("stage"), "stage") : null,
                text(body, "title"),
                text(body, "serviceStart") == null ? null : cn.edu.ttms.interfaces.rest.RequestBodies.date(text(body, "serviceStart"), "serviceStart"),
                body.getBoolean("privateSchool", false), designations);
    }

    /** An enumeration value, or a 422 that lists the allowed ones. */
    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        return cn.edu.ttms.interfaces.rest.RequestBodies.enumValue(type, value, field);
    }

    static String text(JsonObject body, String key) {
        return body.containsKey(key) && body.get(key).getValueType() == JsonValue.ValueType.STRING
                ? body.getString(key) : null;
    }
}
