package cn.edu.ttms.application.organisation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;

/**
 * The units spreadsheet that builds the organisation tree of a new installation: its template and
 * the reading of a filled-in one. Implemented in the infrastructure.
 */
public interface UnitSheets {

    /**
     * Reads an uploaded units sheet against the caller's subtree into the units to create and
     * problems by row and column; never throws for bad data, only for a file that cannot be read
     * at all (a {@code DomainException}).
     *
     * @param codesInUse which of some unit codes are taken already
     */
    UnitSheetResult read(
            byte[] file,
            String fileName,
            Collection<KnownUnit> subtree,
            Function<Collection<String>, Set<String>> codesInUse);

    /** The template: the header and two example rows, as .xlsx; does not close {@code out}. */
    void writeTemplate(OutputStream out) throws IOException;
}
