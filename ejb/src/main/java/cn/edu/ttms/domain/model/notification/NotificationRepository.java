package cn.edu.ttms.domain.model.notification;

import cn.edu.ttms.domain.model.enrolment.EnrolmentStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The inboxes. */
public interface NotificationRepository {

    Notification store(Notification notification);

    Optional<Notification> find(long id);

    /** One account's notices, newest first. */
    List<Notification> inbox(String recipient, int first, int max);

    long count(String recipient);

    long unread(String recipient);

    /**
     * The usernames of the accounts of the teachers with an enrolment in {@code projectId} in one of
     * {@code statuses}: who hears of the project's cancellation or its opening.
     */
    List<String> accountsOfTrainees(long projectId, Collection<EnrolmentStatus> statuses);
}
