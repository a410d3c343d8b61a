package cn.edu.ttms.domain.model.enrolment;

import cn.edu.ttms.domain.model.shared.DomainException;

/**
 * A hard rule of enrolment said no (workflow.md §2); the key names the rule. Capacity, quota, a
 * clash and a second enrolment are conflicts with the current state (409); the rest are invalid (422).
 */
public class EnrolmentRefused extends DomainException {

    private static final long serialVersionUID = 1L;

    private EnrolmentRefused(String key, Kind kind, String english, Object... args) {
        super(kind, key, english, args);
    }

    public static EnrolmentRefused notOpen(Object status) {
        return new EnrolmentRefused("error.enrolment.notOpen", Kind.INVALID, "the project is not enrolling", status);
    }

    public static EnrolmentRefused full(int capacity) {
        return new EnrolmentRefused(
                "error.enrolment.full", Kind.CONFLICT, "all places are taken", String.valueOf(capacity));
    }

    public static EnrolmentRefused quotaFull(String unit, int places) {
        return new EnrolmentRefused(
                "error.enrolment.quotaFull",
                Kind.CONFLICT,
                "the unit's quota is used up",
                unit,
                String.valueOf(places));
    }

    public static EnrolmentRefused noQuota(String unit) {
        return new EnrolmentRefused("error.enrolment.noQuota", Kind.CONFLICT, "no places for this unit", unit);
    }

    public static EnrolmentRefused already(Object status) {
        return new EnrolmentRefused("error.enrolment.already", Kind.CONFLICT, "already in this project", status);
    }

    public static EnrolmentRefused clash(String other, Object level) {
        return new EnrolmentRefused(
                "error.enrolment.clash", Kind.CONFLICT, "another project of the same level", other, level);
    }

    public static EnrolmentRefused notSelfSelected() {
        return new EnrolmentRefused(
                "error.enrolment.notSelfSelected", Kind.INVALID, "teachers apply to self-selected projects only");
    }

    public static EnrolmentRefused notPending(Object status) {
        return new EnrolmentRefused("error.enrolment.notPending", Kind.CONFLICT, "not waiting for approval", status);
    }

    /** SCHOOL_THEN_COUNTY: the school has approved; the county decides now. */
    public static EnrolmentRefused awaitingCounty() {
        return new EnrolmentRefused(
                "error.enrolment.awaitingCounty", Kind.CONFLICT, "the school approved; the county decides");
    }

    /** SCHOOL_THEN_COUNTY: the county approves only after the school. */
    public static EnrolmentRefused awaitingSchool() {
        return new EnrolmentRefused("error.enrolment.awaitingSchool", Kind.CONFLICT, "the school approves first");
    }

    public static EnrolmentRefused tooLate(Object status) {
        return new EnrolmentRefused("error.enrolment.tooLate", Kind.CONFLICT, "the training has started", status);
    }

    public static EnrolmentRefused awaitingDraw(String round) {
        return new EnrolmentRefused(
                "error.enrolment.awaitingDraw", Kind.CONFLICT, "the lottery is closed and not drawn yet", round);
    }

    public static EnrolmentRefused reasonNeeded() {
        return new EnrolmentRefused("error.enrolment.reasonNeeded", Kind.INVALID, "a refusal needs a reason");
    }
}
