package cn.edu.ttms.application.project;

import java.io.Serializable;
import java.util.List;

/**
 * What a project waits for and who takes that step, for the note on the project page (issue 17, item 1):
 * {@code key} is a key of the web bundle ({@code project.next.*}), {@code args} its arguments (unit names,
 * the window's months), {@code yours} whether the caller may take the step now.
 */
public record NextStep(String key, List<String> args, boolean yours) implements Serializable {

    public NextStep {
        args = List.copyOf(args);
    }
}
