package cn.edu.ttms.infrastructure.directory;

/**
 * Puts a username into the configured search filter, escaped as RFC 4515 (section 3) asks, so that
 * what a person types is always one attribute value and never filter syntax: {@code *} would match
 * anyone, {@code )(} would add conditions of the person's choosing.
 */
public final class LdapFilter {

    /** Where the username goes in {@code app.ldap.user-filter}. */
    public static final String PLACEHOLDER = "{0}";

    private LdapFilter() {}

    /** The value escaped for an assertion value: {@code * ( ) \ NUL} as {@code \2a \28 \29 \5c \00}. */
    public static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '*' -> out.append("\\2a");
                case '(' -> out.append("\\28");
                case ')' -> out.append("\\29");
                case '\\' -> out.append("\\5c");
                case '\0' -> out.append("\\00");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The filter with every {@code {0}} replaced by the escaped username. */
    public static String forUser(String template, String username) {
        if (template == null || !template.contains(PLACEHOLDER)) {
            throw new IllegalArgumentException("the user filter must contain " + PLACEHOLDER + ": " + template);
        }
        return template.replace(PLACEHOLDER, escape(username));
    }
}
