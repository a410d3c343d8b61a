package cn.edu.ttms.interfaces.rest.problem;

import java.text.MessageFormat;

/** MessageFormat for texts whose arguments are already words: no number grouping, quotes kept. */
final class TextFormat {

    private TextFormat() {}

    static String format(String pattern, Object... args) {
        Object[] words = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            words[i] = args[i] == null ? "" : String.valueOf(args[i]);
        }
        return new MessageFormat(pattern.replace("'", "''")).format(words);
    }
}
