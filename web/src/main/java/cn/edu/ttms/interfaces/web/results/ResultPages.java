package cn.edu.ttms.interfaces.web.results;

/**
 * Who may open the results pages. Every page under /app needs a signed-in user (web.xml); a page
 * outside the caller's roles answers 404, as web.xml shows a 403 — its existence is not revealed. The
 * services check the roles again (@RolesAllowed) and the data scope.
 */
final class ResultPages {

    /** Batches: lists, the grid, verification, export (BatchQueries, ResultEntry.sheet). */
    static final String[] BATCHES = {
        "ADMIN",
        "PROVINCE_OFFICER",
        "BUREAU_STAFF",
        "BUREAU_REVIEWER",
        "SCHOOL_ADMIN",
        "PROJECT_LEAD",
        "INSTITUTION_STAFF"
    };

    /** Those who sign (SignerCertificates). */
    static final String[] SIGNERS = {"PROJECT_LEAD", "SCHOOL_ADMIN", "BUREAU_REVIEWER", "PROVINCE_OFFICER"};

    /** Staff who read teachers' archives and units' compliance (Archives). */
    static final String[] STAFF = {"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN"};

    private ResultPages() {}

    /** True when the caller holds one of the roles; else the response becomes a 404 and the page ends. */
    static boolean allow(String... roles) {
        return cn.edu.ttms.interfaces.web.shell.PageAccess.allow(roles);
    }
}
