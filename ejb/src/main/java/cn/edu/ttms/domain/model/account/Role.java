package cn.edu.ttms.domain.model.account;

/**
 * What a user may do, held at the organisation the user belongs to (workflow.md, "Organisations
 * and people"). A user may hold several roles at once. The names are the security role names
 * used in {@code @RolesAllowed} and in the web constraints.
 */
public enum Role {
    TEACHER,
    SCHOOL_ADMIN,
    INSTITUTION_STAFF,
    PROJECT_LEAD,
    BUREAU_STAFF,
    BUREAU_REVIEWER,
    PROVINCE_OFFICER,
    ADMIN;

    public String messageKey() {
        return "role." + name();
    }
}
