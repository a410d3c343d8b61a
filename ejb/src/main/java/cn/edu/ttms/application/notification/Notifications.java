package cn.edu.ttms.application.notification;

import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentStatus;
import cn.edu.ttms.domain.model.notification.Notification;
import cn.edu.ttms.domain.model.notification.NotificationKind;
import cn.edu.ttms.domain.model.notification.NotificationRepository;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.project.ProjectAction;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Notices to people (站内消息): an application approved or refused, a project cancelled, a class
 * opening with its dates and place, a proposed project submitted, approved or returned. Each is written in the same transaction as the change it tells
 * of, as a message key with its arguments, and read in the reader's own language. A signed-in person
 * reads and marks only their own. E-mail goes out through {@link OutgoingMail} after the commit, for
 * accounts with an address — none have one yet, so today the inbox is the only channel.
 */
@Stateless
@PermitAll
public class Notifications {

    static final String PREFIX = "notification.";
    private static final int MAX_PAGE = 200;
    /** The language of e-mail, whose reader's choice is unknown: Chinese first. */
    private static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

    @Inject
    NotificationRepository notifications;

    @Inject
    UserAccountRepository accounts;

    @Inject
    ProjectRepository projects;

    @Inject
    CurrentCaller caller;

    @Inject
    OutgoingMail mail;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /**
     * Puts a notice into the inbox of every account of a teacher ({@code key} and {@code args} name
     * its text in the domain's bundle). A teacher without an account hears nothing.
     *
     * @return how many accounts were told
     */
    public int notifyTeacher(long teacherId, NotificationKind kind, Long projectId, String key, Object... args) {
        List<UserAccount> to = accounts.ofTeacher(teacherId);
        List<String> texts = texts(args);
        Instant now = Instant.now();
        for (UserAccount account : to) {
            deliver(emailOf(account), new Notification(account.username(), kind, key, texts, projectId, now));
        }
        return to.size();
    }

    /** After a decision on an application: approved, or refused with its reason. */
    public void decided(Enrolment e) {
        String project = projects.find(e.projectId()).map(TrainingProject::name).orElse("");
        if (e.status() == EnrolmentStatus.ENROLLED) {
            notifyTeacher(
                    e.teacherId(),
                    NotificationKind.ENROLMENT_APPROVED,
                    e.projectId(),
                    PREFIX + NotificationKind.ENROLMENT_APPROVED,
                    project);
        } else if (e.status() == EnrolmentStatus.REFUSED) {
            notifyTeacher(
                    e.teacherId(),
                    NotificationKind.ENROLMENT_REFUSED,
                    e.projectId(),
                    PREFIX + NotificationKind.ENROLMENT_REFUSED,
                    project,
                    e.reason());
        }
    }

    /**
     * After a step of a project's life cycle: a cancellation tells everyone still in it (enrolled,
     * waiting for approval or otherwise active) with the reason; the start tells the enrolled
     * trainees when and where the class opens (the first stage's dates and place).
     */
    public void afterTransition(TrainingProject project, ProjectAction action, String reason) {
        if (project.proposed()) {
            afterProposalStep(project, action);
        }
        if (action == ProjectAction.CANCEL) {
            String why = project.cancelReason() != null ? project.cancelReason() : reason;
            List<EnrolmentStatus> active = Arrays.stream(EnrolmentStatus.values())
                    .filter(EnrolmentStatus::active)
                    .toList();
            notifyAccounts(
                    notifications.accountsOfTrainees(project.id(), active),
                    NotificationKind.PROJECT_CANCELLED,
                    project.id(),
                    PREFIX + NotificationKind.PROJECT_CANCELLED,
                    project.name(),
                    why);
        } else if (action == ProjectAction.START) {
            Optional<ProjectStage> first = project.stages().stream().findFirst();
            LocalDate from = first.map(ProjectStage::startDate).orElse(null);
            LocalDate to = first.map(ProjectStage::endDate).orElse(null);
            String place = first.map(ProjectStage::place).orElse(null);
            List<String> trainees = notifications.accountsOfTrainees(project.id(), List.of(EnrolmentStatus.ENROLLED));
            String key = PREFIX + NotificationKind.CLASS_OPENING;
            if (from == null) {
                notifyAccounts(
                        trainees, NotificationKind.CLASS_OPENING, project.id(), key + ".undated", project.name());
            } else if (place == null) {
                notifyAccounts(
                        trainees,
                        NotificationKind.CLASS_OPENING,
                        project.id(),
                        key + ".noPlace",
                        project.name(),
                        dates(from, to));
            } else {
                notifyAccounts(
                        trainees,
                        NotificationKind.CLASS_OPENING,
                        project.id(),
                        key,
                        project.name(),
                        dates(from, to),
                        place);
            }
        }
    }

    /**
     * A proposed project's steps (workflow.md §1): its submission tells the owning bureau's staff; the
     * bureau's approval or return (with the reason) tells the proposing unit's people.
     */
    private void afterProposalStep(TrainingProject project, ProjectAction action) {
        if (action == ProjectAction.SUBMIT) {
            notifyAccounts(
                    accountsAt(project.ownerPath(), Role.BUREAU_STAFF),
                    NotificationKind.PROJECT_SUBMITTED,
                    project.id(),
                    PREFIX + NotificationKind.PROJECT_SUBMITTED,
                    project.name(),
                    project.proposingUnit());
        } else if (action == ProjectAction.APPROVE) {
            notifyAccounts(
                    proposerAccounts(project),
                    NotificationKind.PROJECT_APPROVED,
                    project.id(),
                    PREFIX + NotificationKind.PROJECT_APPROVED,
                    project.name());
        } else if (action == ProjectAction.RETURN) {
            notifyAccounts(
                    proposerAccounts(project),
                    NotificationKind.PROJECT_RETURNED,
                    project.id(),
                    PREFIX + NotificationKind.PROJECT_RETURNED,
                    project.name(),
                    project.returnReason());
        }
    }

    /** Who speaks for the unit that proposed a project: a school's administrators, an institution's staff and leads. */
    private List<String> proposerAccounts(TrainingProject project) {
        java.util.Set<String> to = new java.util.LinkedHashSet<>();
        for (Role r : List.of(Role.SCHOOL_ADMIN, Role.INSTITUTION_STAFF, Role.PROJECT_LEAD)) {
            to.addAll(accountsAt(project.proposerPath(), r));
        }
        return List.copyOf(to);
    }

    /** Enabled accounts holding {@code role} at exactly the unit of {@code path} (not below it). */
    private List<String> accountsAt(String path, Role role) {
        return accounts.holding(role, DataScope.subtree(path)).stream()
                .filter(a -> a.organisation().path().equals(path))
                .map(UserAccount::username)
                .toList();
    }

    /** The signed-in person's notices, newest first. */
    public List<InboxItem> inbox(int first, int max) {
        return notifications.inbox(me(), Math.max(0, first), Math.max(1, Math.min(max, MAX_PAGE))).stream()
                .map(InboxItem::of)
                .toList();
    }

    public long count() {
        return notifications.count(me());
    }

    public long unreadCount() {
        return notifications.unread(me());
    }

    /** Marks one of one's own notices read; anyone else's is "not found", like one that does not exist. */
    public InboxItem markRead(long id) {
        String me = me();
        Notification n = notifications
                .find(id)
                .filter(x -> x.recipient().equals(me))
                .orElseThrow(() -> new RecordNotFound("Notification", id));
        n.markRead(Instant.now());
        return InboxItem.of(n);
    }

    private void notifyAccounts(
            Collection<String> usernames, NotificationKind kind, Long projectId, String key, Object... args) {
        List<String> texts = texts(args);
        Instant now = Instant.now();
        for (String username : usernames) {
            deliver(Optional.empty(), new Notification(username, kind, key, texts, projectId, now));
        }
    }

    private void deliver(Optional<String> email, Notification notice) {
        notifications.store(notice);
        email.ifPresent(address -> {
            String subject = DomainMessages.format(PREFIX + "mail.subject", List.of(notice.kind()), MAIL_LOCALE);
            String text = DomainMessages.format(notice.messageKey(), notice.args(), MAIL_LOCALE);
            afterCommit(() -> mail.send(address, subject, text)); // never a mail for a change rolled back
        });
    }

    /**
     * An account's e-mail address. Accounts have none yet; when they get one, this and the trainees'
     * query of {@link #notifyAccounts} (usernames only today) are what change.
     */
    private static Optional<String> emailOf(UserAccount account) {
        return Optional.empty();
    }

    private void afterCommit(Runnable work) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    work.run();
                }
            }
        });
    }

    private String me() {
        return caller.get().username();
    }

    private static List<String> texts(Object... args) {
        return Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toList();
    }

    private static String dates(LocalDate from, LocalDate to) {
        return to == null || to.equals(from) ? from.toString() : from + " – " + to;
    }
}
