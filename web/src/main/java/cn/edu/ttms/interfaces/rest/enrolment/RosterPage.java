package cn.edu.ttms.interfaces.rest.enrolment;

import cn.edu.ttms.application.enrolment.Roster;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a project's roster: the enrolled trainees the caller may see, the class's capacity and their number. */
@Schema(name = "RosterPage")
@JsonbPropertyOrder({"capacity", "total", "items"})
public record RosterPage(int capacity, long total, List<Line> items) {

    @Schema(name = "RosterEntry")
    @JsonbPropertyOrder({"enrolmentId", "teacherId", "name", "school", "subject", "channel", "since"})
    public record Line(
            long enrolmentId,
            long teacherId,
            String name,
            String school,
            String subject,
            String channel,
            Instant since) {}

    public static RosterPage of(Roster roster) {
        return new RosterPage(
                roster.capacity(),
                roster.total(),
                roster.lines().stream()
                        .map(l -> new Line(
                                l.enrolmentId(),
                                l.teacherId(),
                                l.name(),
                                l.school(),
                                l.subject(),
                                l.channel(),
                                l.since()))
                        .toList());
    }
}
