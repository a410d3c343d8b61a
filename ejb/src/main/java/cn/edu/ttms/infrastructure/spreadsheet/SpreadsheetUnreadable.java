package cn.edu.ttms.infrastructure.spreadsheet;

import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.Invalid;

/**
 * The upload cannot be read at all, as opposed to a readable file with wrong cells (those are
 * {@link cn.edu.ttms.application.sheet.ImportProblem}s). A {@link DomainException}, so that the UI shows the user why in their
 * language and nothing is half-imported; {@link #getMessage()} names the detected format and what
 * failed, for the log. The library's own exception, if any, is the cause and never escapes raw.
 */
public class SpreadsheetUnreadable extends Invalid {

    private static final long serialVersionUID = 1L;

    private SpreadsheetUnreadable(String key, String message, Throwable cause, Object... args) {
        super(key, message, args);
        if (cause != null) {
            initCause(cause);
        }
    }

    /**
     * A damaged, truncated or wrong file: {0} = the detected format. The library's reason goes to
     * the log only ({@link #getMessage()}): it is English and names library classes and settings
     * ("Zip bomb detected! … ZipSecureFile…"), nothing a user can act on. A file that inflates far
     * beyond its size gets its own words.
     */
    static SpreadsheetUnreadable corrupt(SpreadsheetFormat format, String reason, Throwable cause) {
        boolean bomb =
                reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("zip bomb");
        return new SpreadsheetUnreadable(
                bomb ? "error.spreadsheet.inflated" : "error.spreadsheet.unreadable",
                "The file looks like " + format.description() + " but cannot be read: " + reason,
                cause,
                format.name());
    }

    /** Excel's "encrypt with password": {0} = the detected format. */
    static SpreadsheetUnreadable passwordProtected(SpreadsheetFormat format, Throwable cause) {
        return new SpreadsheetUnreadable(
                "error.spreadsheet.passwordProtected",
                "The file (" + format.description() + ") is protected by a password;" + " save it again without one",
                cause,
                format.name());
    }

    /** {0} = the maximum number of rows. */
    static SpreadsheetUnreadable tooManyRows(int maxRows) {
        return new SpreadsheetUnreadable(
                "error.spreadsheet.tooManyRows",
                "The sheet has more than " + maxRows + " rows; split it into smaller files",
                null,
                String.valueOf(maxRows));
    }

    /** {0} = the maximum size in bytes. */
    static SpreadsheetUnreadable tooLarge(int maxBytes) {
        return new SpreadsheetUnreadable(
                "error.spreadsheet.tooLarge",
                "The file is larger than " + maxBytes + " bytes; split it into smaller files",
                null,
                String.valueOf(maxBytes));
    }
}
