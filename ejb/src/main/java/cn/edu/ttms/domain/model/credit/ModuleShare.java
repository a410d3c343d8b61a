package cn.edu.ttms.domain.model.credit;

import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Module;
import java.util.Objects;

/**
 * How many of a project's hours belong to a module, as the project declares it (rules.md §3.10,
 * e.g. 6 h ETHICS + 12 h COMPETENCE). The declared hours only set the proportion of the split.
 */
public record ModuleShare(Module module, Hours hours) {

    public ModuleShare {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(hours, "hours");
    }

    public static ModuleShare of(Module module, String hours) {
        return new ModuleShare(module, Hours.of(hours));
    }
}
