package cn.edu.ttms.application.sheet;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Something wrong in one cell (or one row) of an upload, kept as a bundle key plus arguments so
 * that the UI can list every problem in the user's language, "row 12, column 培训天数: …", instead
 * of failing at the first one.
 *
 * @param row the row number as Excel shows it (the number in Excel's left margin)
 * @param column the column's header text as the user typed it; {@code ""} when the whole row is at
 *     fault
 * @param messageKey the resource bundle key of the message
 * @param args the message's {@code {0}}, {@code {1}}… arguments, never {@code null}
 */
public record ImportProblem(int row, String column, String messageKey, List<Object> args) implements Serializable {

    public ImportProblem {
        if (row < 1) {
            throw new IllegalArgumentException("Row numbers start at 1, not " + row);
        }
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    public static ImportProblem of(int row, String column, String messageKey, Object... args) {
        return new ImportProblem(row, column, messageKey, List.of(args));
    }
}
