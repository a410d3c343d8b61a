package cn.edu.ttms.application.home;

import cn.edu.ttms.domain.model.account.Role;

/**
 * The kinds of work that wait for someone (issue 17, item 1), each for the role that does it. The home
 * page lists those of the caller's roles with their counts and a link to the page that lists them.
 */
public enum ToDoKind {
    /** Teachers' applications to self-selected projects waiting for the caller's unit to approve. */
    APPLICATIONS_TO_APPROVE(Role.BUREAU_STAFF, Role.SCHOOL_ADMIN),
    /** The bureau's own drafts, which its staff submit for approval. */
    DRAFTS_TO_SUBMIT(Role.BUREAU_STAFF),
    /** Projects proposed by an institution or school and submitted: the bureau approves or returns them. */
    PROPOSALS_TO_DECIDE(Role.BUREAU_STAFF, Role.BUREAU_REVIEWER),
    /** The bureau's own submitted projects, which its reviewers approve. */
    PROJECTS_TO_APPROVE(Role.BUREAU_REVIEWER),
    /** Approved projects: staff publish them in the windows, an administrator outside them. */
    PROJECTS_TO_PUBLISH(Role.BUREAU_STAFF, Role.ADMIN),
    /** Published projects whose enrolment the bureau's staff open. */
    ENROLMENT_TO_OPEN(Role.BUREAU_STAFF),
    /** A unit's own proposals still in draft (new, or returned by the bureau with a reason). */
    PROPOSALS_TO_SUBMIT(Role.SCHOOL_ADMIN, Role.INSTITUTION_STAFF, Role.PROJECT_LEAD),
    /**
     * Classes whose last day is past and whose results no one has opened: the host's materials due
     * (成绩材料待报送), listed by name with their last day.
     */
    RESULTS_DUE(Role.PROJECT_LEAD, Role.INSTITUTION_STAFF, Role.SCHOOL_ADMIN),
    /**
     * Classes that have ended and still owe materials (培训材料待上传: notice, plan, photos, summary,
     * satisfaction results, due a month after the last day), listed by name with what is missing.
     */
    MATERIALS_DUE(Role.PROJECT_LEAD, Role.INSTITUTION_STAFF, Role.SCHOOL_ADMIN),
    /** Class results being entered, which the lead (the principal, school-based) confirms by signing. */
    RESULTS_TO_CONFIRM(Role.PROJECT_LEAD, Role.INSTITUTION_STAFF, Role.SCHOOL_ADMIN),
    /** Results returned by the reviewer or the province, to correct and sign again. */
    RESULTS_RETURNED(Role.PROJECT_LEAD, Role.INSTITUTION_STAFF, Role.SCHOOL_ADMIN),
    /** Results the lead signed, which the bureau reviewer countersigns (or returns). */
    BATCHES_TO_COUNTERSIGN(Role.BUREAU_REVIEWER),
    /** Results the bureau countersigned, whose credits the province recognises (or returns). */
    BATCHES_TO_RECOGNISE(Role.PROVINCE_OFFICER),
    /** Accounts in the caller's subtree locked out of signing in after wrong passwords. */
    ACCOUNTS_LOCKED(Role.ADMIN),
    /** Signers in the caller's subtree whose signing is locked after wrong PINs. */
    SIGNING_LOCKED(Role.ADMIN),
    /** Self-selected projects open to the teacher now. */
    PROJECTS_OPEN_TO_ME(Role.TEACHER),
    /** The teacher's applications still waiting for approval. */
    MY_APPLICATIONS_WAITING(Role.TEACHER),
    /** Notices the caller has not read. */
    UNREAD_NOTICES(Role.values());

    private final Role[] roles;

    ToDoKind(Role... roles) {
        this.roles = roles;
    }

    /** Whether a holder of these roles does this kind of work. */
    public boolean concerns(java.util.Set<Role> held) {
        for (Role r : roles) {
            if (held.contains(r)) {
                return true;
            }
        }
        return false;
    }

    public String messageKey() {
        return "todo." + name();
    }
}
