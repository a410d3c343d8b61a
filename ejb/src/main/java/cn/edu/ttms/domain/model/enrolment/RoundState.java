package cn.edu.ttms.domain.model.enrolment;

import cn.edu.ttms.domain.model.shared.MessageKeyed;

/**
 * Where a round stands at a moment: before its window, in it, after it — and for a lottery, after it
 * either waiting for the draw or drawn.
 */
public enum RoundState implements MessageKeyed {
    UPCOMING,
    OPEN,
    AWAITING_DRAW,
    DRAWN,
    CLOSED;

    @Override
    public String messageKey() {
        return "roundState." + name();
    }
}
