package cn.edu.ttms.domain.model.credit;

import cn.edu.ttms.domain.model.shared.Invalid;

/** Art. 12: other work converts only by a rule the policy holds; this type has none. */
public class UnknownActivity extends Invalid {

    private static final long serialVersionUID = 1L;

    public UnknownActivity(String activityType) {
        super(
                "error.activity.unknown",
                "The credit policy has no conversion for the activity " + activityType,
                activityType);
    }
}
