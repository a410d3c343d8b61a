package cn.edu.ttms.domain.model.organisation;

/**
 * The kinds of unit in the administrative tree (province → city → county → school) and the
 * training institutions attached beside it. The order of the hierarchy is checked by
 * {@link #mayContain(OrganisationKind)} so a school can never hold a county.
 */
public enum OrganisationKind {
    PROVINCE,
    CITY,
    COUNTY,
    SCHOOL,
    INSTITUTION;

    /** Whether a unit of this kind may have a direct child of the given kind. */
    public boolean mayContain(OrganisationKind child) {
        return switch (this) {
            case PROVINCE -> child == CITY || child == INSTITUTION;
            case CITY -> child == COUNTY || child == SCHOOL || child == INSTITUTION;
            case COUNTY -> child == SCHOOL || child == INSTITUTION;
            case SCHOOL, INSTITUTION -> false;
        };
    }

    /** Education bureaus (province, city, county) publish projects and review results. */
    public boolean isBureau() {
        return this == PROVINCE || this == CITY || this == COUNTY;
    }

    public String messageKey() {
        return "organisation.kind." + name();
    }
}
