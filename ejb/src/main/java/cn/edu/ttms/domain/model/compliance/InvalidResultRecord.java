package cn.edu.ttms.domain.model.compliance;

import cn.edu.ttms.domain.model.credit.ModuleCredits;
import cn.edu.ttms.domain.model.shared.Credits;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Invalid;
import java.util.List;

/**
 * A record whose module split lists a module twice or does not add up to its hours and credits
 * (rules.md §3.10): the archive would then show module credits that the total does not back.
 */
public class InvalidResultRecord extends Invalid {

    private static final long serialVersionUID = 1L;

    public InvalidResultRecord(List<ModuleCredits> split, Hours hours, Credits credits) {
        super(
                "error.resultRecord.splitMismatch",
                "The module split " + split + " must list each module once and add up to " + hours + " and " + credits,
                hours.value(),
                credits.value());
    }
}
