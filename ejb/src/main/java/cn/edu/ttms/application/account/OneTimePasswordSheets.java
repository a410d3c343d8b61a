package cn.edu.ttms.application.account;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * The printed sheet that hands a school's teachers their new accounts with one-time passwords, as
 * .xlsx. Implemented in the infrastructure.
 */
public interface OneTimePasswordSheets {

    /** One teacher's line. */
    record Line(
            String school,
            String name,
            String idSuffix,
            String username,
            String oneTimePassword,
            LocalDate validUntil) {}

    /** Writes the sheet: the title, a note on how to sign in, one line per teacher; does not close {@code out}. */
    void write(String title, String note, List<Line> lines, OutputStream out) throws IOException;
}
