package cn.edu.ttms.application.teacher;

/** What to do when some rows of a file have problems. */
public enum ImportMode {
    /** The default: any problem refuses the whole file, nothing is written. */
    ALL_OR_NOTHING,
    /** Chosen explicitly by the user: write the rows without problems, report the others. */
    VALID_ROWS_ONLY
}
