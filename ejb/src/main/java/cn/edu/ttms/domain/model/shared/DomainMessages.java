package cn.edu.ttms.domain.model.shared;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the domain (cn/edu/ttms/domain/messages*.properties), Chinese first: turns a
 * message key and its arguments into what a person reads, for pages and for the API alike.
 * Arguments with their own key are translated first; numbers are written plainly (no grouping,
 * full scale), so 4.3125 stays 4.3125 and 2026 is not "2,026".
 */
public final class DomainMessages {

    private static final String BUNDLE = "cn.edu.ttms.domain.messages";

    private static final int PLAIN_DIGITS = 100;

    private DomainMessages() {}

    public static String of(DomainException e, Locale locale) {
        return format(e.messageKey(), e.args(), locale);
    }

    public static String format(String key, List<?> args, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, DomainMessages.class.getClassLoader());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + (args.isEmpty() ? "" : " " + args);
        }
        Object[] values = args.stream().map(a -> plain(a, bundle)).toArray();
        return values.length == 0 ? pattern : new MessageFormat(pattern, locale).format(values);
    }

    private static Object plain(Object arg, ResourceBundle bundle) {
        if (arg instanceof MessageKeyed keyed) {
            return bundle.containsKey(keyed.messageKey()) ? bundle.getString(keyed.messageKey()) : keyed.messageKey();
        }
        if (arg instanceof BigDecimal d) {
            return Decimals.shown(d);
        }
        if (arg instanceof Number n) {
            return String.valueOf(n);
        }
        return arg == null ? "" : String.valueOf(arg);
    }

    /**
     * A figure as people write it, 4.3125 not 4.3125E+0; but one whose plain form would run to more
     * than {@value #PLAIN_DIGITS} digits (1E+999999 sent to probe the server) keeps its exponent: its
     * plain form is megabytes long, or past 2^31 characters and cannot be built at all.
     */
    static String plain(BigDecimal d) {
        return Math.abs((long) d.scale()) <= PLAIN_DIGITS ? d.toPlainString() : d.toString();
    }

    /** The caller's language from an Accept-Language header: English when asked for, else Chinese. */
    public static Locale fromAcceptLanguage(String header) {
        if (header != null) {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("zh")) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
                if (tag.startsWith("en")) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
