package cn.edu.ttms.interfaces.rest.enrolment;

import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentChannel;
import cn.edu.ttms.domain.model.enrolment.EnrolmentStatus;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One enrolment; {@code reason}, {@code roundId} and {@code waitPosition} only when set. */
@Schema(name = "Enrolment")
@JsonbPropertyOrder({
    "id",
    "projectId",
    "teacherId",
    "channel",
    "status",
    "createdAt",
    "reason",
    "roundId",
    "waitPosition"
})
public record EnrolmentView(
        long id,
        long projectId,
        long teacherId,
        EnrolmentChannel channel,
        EnrolmentStatus status,
        Instant createdAt,
        String reason,
        Long roundId,
        Integer waitPosition) {

    public static EnrolmentView of(Enrolment e) {
        return new EnrolmentView(
                e.id(),
                e.projectId(),
                e.teacherId(),
                e.channel(),
                e.status(),
                e.createdAt(),
                e.reason(),
                e.roundId(),
                e.waitPosition());
    }
}
