package cn.edu.ttms.domain.model.credit;

import cn.edu.ttms.domain.model.shared.Invalid;
import cn.edu.ttms.domain.model.shared.Level;

/**
 * Art. 12 gives lecturing factors for national, provincial, municipal and county projects only;
 * where the policy leaves a level unset (SCHOOL by default) lecturing earns nothing automatic.
 */
public class NoLecturingFactor extends Invalid {

    private static final long serialVersionUID = 1L;

    public NoLecturingFactor(Level level) {
        super(
                "error.lecturing.noFactor",
                "The credit policy sets no lecturing factor for " + level + " projects",
                level);
    }
}
