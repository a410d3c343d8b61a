package cn.edu.ttms.domain.model.credit;

import cn.edu.ttms.domain.model.shared.Credits;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Module;
import java.util.Objects;

/**
 * One module's part of a result: its hours and credits (rules.md §3.10). Art. 11 sets credit
 * minimums per module, so this is what the compliance report adds up.
 */
public record ModuleCredits(Module module, Hours hours, Credits credits) {

    public ModuleCredits {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(credits, "credits");
    }
}
