package cn.edu.ttms.interfaces.rest.attendance;

import cn.edu.ttms.infrastructure.json.JsonBuilders;
import cn.edu.ttms.application.attendance.AttendanceEntry;
import cn.edu.ttms.application.attendance.HoursSheet;
import cn.edu.ttms.application.attendance.IssuedToken;
import cn.edu.ttms.application.attendance.SessionSheet;
import cn.edu.ttms.application.attendance.SessionView;
import cn.edu.ttms.interfaces.rest.RequestBodies;
import cn.edu.ttms.interfaces.web.attendance.QrCodes;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalTime;

/** Attendance sessions, records and the hours sheet as JSON (api.md). */
public final class AttendanceJson {

    private AttendanceJson() {
    }

    /** A session with a fresh token: the code's content, the page it opens and the PNG of the code. */
    public static JsonObject session(SessionView s, IssuedToken token, UriInfo uri) {
        JsonObjectBuilder json = session(s);
        if (token != null) {
            String base = base(uri);
            json.add("token", token.token()).add("expiresAt", token.expiresAt().toString())
                    .add("attendUrl", QrCodes.attendUrl(base, token.token()))
                    .add("qrUrl", base + "app/attendance/qr.png?session=" + s.id());
        }
        return json.build();
    }

    /** A session with who attended it and the enrolled trainees who have not, and a fresh token while it runs. */
    public static JsonObject sheet(SessionSheet sheet, IssuedToken token, UriInfo uri) {
        JsonObjectBuilder json = JsonBuilders.createObjectBuilder(session(sheet.session(), token, uri));
        JsonArrayBuilder present = JsonBuilders.createArrayBuilder();
        for (SessionSheet.Present p : sheet.present()) {
            JsonObjectBuilder line = JsonBuilders.createObjectBuilder().add("teacherId", p.teacherId()).add("name", p.name())
                    .add("school", p.school()).add("how", p.how().name()).add("recordedAt", p.recordedAt().toString())
                    .add("recordedBy", p.recordedBy());
            optional(line, "reason", p.reason());
            present.add(line);
        }
        JsonArrayBuilder absent = JsonBuilders.createArrayBuilder();
        sheet.absent().forEach(t -> absent.add(JsonBuilders.createObjectBuilder().add("teacherId", t.teacherId())
                .add("name", t.name()).add("school", t.school())));
        return json.add("present", present).add("absent", absent).build();
    }

    public static JsonObject entry(AttendanceEntry e) {
        JsonObjectBuilder json = JsonBuilders.createObjectBuilder().add("sessionId", e.sessionId()).add("projectId", e.projectId())
                .add("projectName", e.projectName()).add("stageNo", e.stageNo()).add("date", e.date().toString())
                .add("hours", e.hours()).add("teacherId", e.teacherId()).add("enrolmentId", e.enrolmentId())
                .add("how", e.how().name()).add("recordedAt", e.recordedAt().toString())
                .add("recordedBy", e.recordedBy()).add("created", e.created());
        optional(json, "reason", e.reason());
        return json.build();
    }

    /** Per trainee the hours attended in every stage of the project (0.0 where none), and in all. */
    public static JsonObject hours(HoursSheet sheet) {
        JsonArrayBuilder stages = JsonBuilders.createArrayBuilder();
        sheet.stages().forEach(st -> stages.add(JsonBuilders.createObjectBuilder().add("stageNo", st.stageNo())
                .add("sessions", st.sessions()).add("hours", st.hours())));
        JsonArrayBuilder trainees = JsonBuilders.createArrayBuilder();
        for (HoursSheet.TraineeHours t : sheet.trainees()) {
            JsonArrayBuilder byStage = JsonBuilders.createArrayBuilder();
            sheet.stages().forEach(st -> byStage.add(JsonBuilders.createObjectBuilder().add("stageNo", st.stageNo())
                    .add("hours", t.hours(st.stageNo()))));
            trainees.add(JsonBuilders.createObjectBuilder().add("teacherId", t.teacherId()).add("enrolmentId", t.enrolmentId())
                    .add("name", t.name()).add("school", t.school()).add("stages", byStage).add("total", t.total()));
        }
        return JsonBuilders.createObjectBuilder().add("projectId", sheet.projectId()).add("projectName", sheet.projectName())
                .add("status", sheet.status().name()).add("stages", stages).add("trainees", trainees).build();
    }

    /** An optional time of day, {@code "08:30"}; null when absent or empty. */
    public static LocalTime time(JsonObject body, String field) {
        JsonValue value = body == null ? null : body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL
                || value instanceof JsonString s && s.getString().isBlank()) {
            return null;
        }
        return LocalTime.parse(RequestBodies.requiredText(body, field).strip());
    }

    private static JsonObjectBuilder session(SessionView s) {
        JsonObjectBuilder json = JsonBuilders.createObjectBuilder().add("id", s.id()).add("projectId", s.projectId())
                .add("projectName", s.projectName()).add("stageNo", s.stageNo()).add("date", s.date().toString())
                .add("hours", s.hours()).add("attended", s.attended()).add("running", s.running())
                .add("createdBy", s.createdBy()).add("createdAt", s.createdAt().toString());
        optional(json, "startsAt", s.startsAt() == null ? null : s.startsAt().toString());
        optional(json, "endsAt", s.endsAt() == null ? null : s.endsAt().toString());
        return json;
    }

    /** The application's base URL, {@code scheme://host:port/context/}, from the API's ({@code …/api/}). */
    private static String base(UriInfo uri) {
        return uri.getBaseUri().resolve("../").toString();
    }

    private static void optional(JsonObjectBuilder json, String field, String value) {
        if (value == null) {
            json.addNull(field);
        } else {
            json.add(field, value);
        }
    }
}
