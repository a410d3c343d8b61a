package cn.edu.ttms.application.plan;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Something the plan importer had to infer or repair in one row, told to the user so that nothing
 * is changed behind their back: a total of days worked out from its parts, a code taken out of a
 * name, a word rejoined, a row read as the second stage of the project above it.
 *
 * @param row the row number as Excel shows it
 * @param messageKey the resource bundle key of the message (prefix {@code plan.})
 * @param args the message's {@code {0}}, {@code {1}}… arguments, never {@code null}
 */
public record PlanInference(int row, String messageKey, List<Object> args) implements Serializable {

    public PlanInference {
        if (row < 1) {
            throw new IllegalArgumentException("Row numbers start at 1, not " + row);
        }
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    public static PlanInference of(int row, String messageKey, Object... args) {
        return new PlanInference(row, messageKey, List.of(args));
    }
}
