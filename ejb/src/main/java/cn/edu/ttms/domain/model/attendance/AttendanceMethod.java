package cn.edu.ttms.domain.model.attendance;

import cn.edu.ttms.domain.model.shared.MessageKeyed;

/** How a trainee's attendance of a session was recorded: by scanning its QR code, or by hand with a reason. */
public enum AttendanceMethod implements MessageKeyed {
    SCAN,
    MANUAL;

    @Override
    public String messageKey() {
        return "attendanceMethod." + name();
    }
}
