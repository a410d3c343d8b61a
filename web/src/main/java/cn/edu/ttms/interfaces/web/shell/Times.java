package cn.edu.ttms.interfaces.web.shell;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments as the pages show them: China time, to the minute (the audit trail's zone). */
public final class Times {

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    /** A signing lock runs out to the second: a minute's lock shown to the minute would say little. */
    private static final DateTimeFormatter TO_THE_SECOND =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private Times() {}

    public static String shown(Instant at) {
        return at == null ? "" : SHOWN.format(at);
    }

    public static String toTheSecond(Instant at) {
        return at == null ? "" : TO_THE_SECOND.format(at);
    }
}
