package cn.edu.ttms.interfaces.rest.enrolment;

import cn.edu.ttms.infrastructure.json.JsonBuilders;
import cn.edu.ttms.application.enrolment.Roster;
import cn.edu.ttms.application.enrolment.RosterLine;
import cn.edu.ttms.domain.model.enrolment.Enrolment;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Enrolments and rosters as JSON. */
public final class EnrolmentJson {

    private EnrolmentJson() {
    }

    public static JsonObject of(Enrolment e) {
        JsonObjectBuilder json = JsonBuilders.createObjectBuilder().add("id", e.id()).add("projectId", e.projectId())
                .add("teacherId", e.teacherId()).add("channel", e.channel().name()).add("status", e.status().name())
                .add("createdAt", e.createdAt().toString());
        if (e.reason() != null) {
            json.add("reason", e.reason());
        }
        if (e.roundId() != null) {
            json.add("roundId", e.roundId());
        }
        if (e.waitPosition() != null) {
            json.add("waitPosition", e.waitPosition());
        }
        return json.build();
    }

    public static JsonObject of(Roster roster) {
        JsonArrayBuilder items = JsonBuilders.createArrayBuilder();
        for (RosterLine l : roster.lines()) {
            items.add(JsonBuilders.createObjectBuilder().add("enrolmentId", l.enrolmentId()).add("teacherId", l.teacherId())
                    .add("name", l.name()).add("school", l.school()).add("subject", l.subject())
                    .add("channel", l.channel()).add("since", l.since().toString()));
        }
        return JsonBuilders.createObjectBuilder().add("capacity", roster.capacity()).add("total", roster.total())
                .add("items", items).build();
    }
}
