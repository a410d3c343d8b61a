package cn.edu.ttms.domain.model.enrolment;

import cn.edu.ttms.domain.model.shared.MessageKeyed;

/** How a round gives its places: in the order the entries arrive, or by a seeded lottery after the window. */
public enum RoundMode implements MessageKeyed {
    FIRST_COME,
    LOTTERY;

    @Override
    public String messageKey() {
        return "roundMode." + name();
    }
}
