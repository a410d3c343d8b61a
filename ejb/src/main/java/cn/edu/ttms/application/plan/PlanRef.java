package cn.edu.ttms.application.plan;

import java.io.Serializable;
import java.util.List;

/** A plan named by a warning: the bureau's plan of the same year that an import would sit beside. */
public record PlanRef(long id, int year, String name) implements Serializable {

    /** The warning's message key; arguments {@link #warningArgs()}. */
    public static final String WARNING = "plan.import.samePlanWarning";

    /** The warning's arguments: name, year, id (as text, not grouped by thousands). */
    public List<Object> warningArgs() {
        return List.of(name, String.valueOf(year), String.valueOf(id));
    }
}
