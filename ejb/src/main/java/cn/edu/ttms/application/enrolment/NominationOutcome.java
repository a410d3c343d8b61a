package cn.edu.ttms.application.enrolment;

import cn.edu.ttms.domain.model.enrolment.EnrolmentStatus;
import cn.edu.ttms.domain.model.shared.DomainException;
import java.util.List;

/**
 * What became of one teacher of a nomination of many ({@link Enrolments#nominateAll}): enrolled (or
 * entered in the lottery) with the enrolment's id and status, or refused with the rule's message key
 * and arguments, as the single nomination would have said it.
 */
public record NominationOutcome(
        long teacherId, Long enrolmentId, EnrolmentStatus status, String refusalKey, List<Object> refusalArgs) {

    public static NominationOutcome enrolled(long teacherId, long enrolmentId, EnrolmentStatus status) {
        return new NominationOutcome(teacherId, enrolmentId, status, null, List.of());
    }

    public static NominationOutcome refused(long teacherId, DomainException refusal) {
        return new NominationOutcome(
                teacherId, null, null, refusal.messageKey(), new java.util.ArrayList<>(refusal.args()));
    }

    public boolean nominated() {
        return enrolmentId != null;
    }
}
