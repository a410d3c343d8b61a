package cn.edu.ttms.domain.model.enrolment;

import cn.edu.ttms.domain.model.shared.MessageKeyed;

/**
 * Where a teacher stands with a project. Only ENROLLED holds a seat; LOTTERY waits for the draw of its
 * round, WAITLISTED for a place to free up.
 */
public enum EnrolmentStatus implements MessageKeyed {
    PENDING_APPROVAL,
    ENROLLED,
    WITHDRAWN,
    REFUSED,
    LOTTERY,
    WAITLISTED;

    /** Whether the enrolment still counts: it blocks a second one and clashes with another of the same level. */
    public boolean active() {
        return this == PENDING_APPROVAL || this == ENROLLED || this == LOTTERY || this == WAITLISTED;
    }

    @Override
    public String messageKey() {
        return "enrolmentStatus." + name();
    }
}
