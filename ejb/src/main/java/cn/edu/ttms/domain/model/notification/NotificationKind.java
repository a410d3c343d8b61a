package cn.edu.ttms.domain.model.notification;

import cn.edu.ttms.domain.model.shared.MessageKeyed;

/** What a notice in a person's inbox is about. */
public enum NotificationKind implements MessageKeyed {
    ENROLMENT_APPROVED,
    ENROLMENT_REFUSED,
    PROJECT_CANCELLED,
    CLASS_OPENING,
    LOTTERY_WON,
    WAITING_LIST,
    /** To the owning bureau's staff: a unit submitted a project; to its proposer: approved or returned with the reason. */
    PROJECT_SUBMITTED,
    PROJECT_APPROVED,
    PROJECT_RETURNED;

    /** The key of the kind's label (e.g. 报名通过); the notice's own text has its own key. */
    @Override
    public String messageKey() {
        return "notificationKind." + name();
    }
}
