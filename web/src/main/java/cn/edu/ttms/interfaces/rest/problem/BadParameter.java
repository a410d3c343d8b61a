package cn.edu.ttms.interfaces.rest.problem;

/**
 * A path or query parameter that is not what its name promises: {@code page=abc}, {@code level=FOO},
 * {@code cycleStart=2026x}. Thrown while JAX-RS converts the parameter, so that the answer can name
 * the parameter and what it expects in the caller's language instead of the container's bare
 * "HTTP 404 Not Found".
 *
 * @param expectedKey web bundle key of what the parameter expects (a whole number, one of …)
 */
public class BadParameter extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String expectedKey;
    private final String allowed;
    private final boolean inPath;

    public BadParameter(String parameter, String expectedKey, String allowed, boolean inPath, String value) {
        super("parameter " + parameter + " is not " + expectedKey + ": " + shortened(value));
        this.parameter = parameter;
        this.expectedKey = expectedKey;
        this.allowed = allowed;
        this.inPath = inPath;
    }

    public String parameter() {
        return parameter;
    }

    public String expectedKey() {
        return expectedKey;
    }

    /** The accepted values of an enumeration, else empty. */
    public String allowed() {
        return allowed;
    }

    /** A path segment that names nothing is "not found"; a query value is a bad request. */
    public boolean inPath() {
        return inPath;
    }

    static String shortened(String value) {
        return value == null ? "" : value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
