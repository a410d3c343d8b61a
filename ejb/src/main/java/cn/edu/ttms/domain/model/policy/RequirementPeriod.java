package cn.edu.ttms.domain.model.policy;

import cn.edu.ttms.domain.model.shared.MessageKeyed;

/** Art. 11: minimums apply to the whole cycle and, separately, to every year of it. */
public enum RequirementPeriod implements MessageKeyed {
    CYCLE,
    YEAR;

    @Override
    public String messageKey() {
        return "period." + name();
    }
}
