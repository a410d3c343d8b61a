package cn.edu.ttms.domain.model.notification;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of a notice's text, kept in one column as a {@code |}-separated string: a backslash
 * escapes a {@code |} or a backslash inside an argument, so any text (a refusal reason, a place)
 * comes back exactly as it went in. No arguments at all are stored as {@code null}, so that one
 * empty argument ({@code ""}) stays distinct from none.
 */
public final class NotificationArgs {

    private static final char SEPARATOR = '|';
    private static final char ESCAPE = '\\';

    private NotificationArgs() {}

    public static String encode(List<String> args) {
        if (args == null || args.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            String arg = args.get(i) == null ? "" : args.get(i);
            for (int j = 0; j < arg.length(); j++) {
                char c = arg.charAt(j);
                if (c == SEPARATOR || c == ESCAPE) {
                    out.append(ESCAPE);
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    public static List<String> decode(String encoded) {
        if (encoded == null) {
            return List.of();
        }
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == ESCAPE && i + 1 < encoded.length()) {
                current.append(encoded.charAt(++i));
            } else if (c == SEPARATOR) {
                args.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        args.add(current.toString());
        return List.copyOf(args);
    }
}
