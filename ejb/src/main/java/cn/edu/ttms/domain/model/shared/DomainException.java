package cn.edu.ttms.domain.model.shared;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Root of the domain's business failures. Unchecked, so that the application layer can mark
 * subclasses for rollback and translate them once: to a faces message and to an RFC 9457 problem.
 *
 * <p>The text a user reads comes from a resource bundle: {@link #messageKey()} names the entry and
 * {@link #args()} fill its {@code {0}}, {@code {1}}… placeholders ({@link
 * java.text.MessageFormat}). An argument that is {@link MessageKeyed} (a level, a grade…) is
 * translated through its own key first; a number ({@link java.math.BigDecimal}, {@link Integer}) is
 * best passed to the format as {@link Decimals#plain} text, so that 4.3125 is not cut to 4.312 and
 * the year 2026 does not become "2,026". {@link #getMessage()} is an English fallback for logs and
 * tests only.
 *
 * <p>Every failure is of one {@link Kind}, which the web edge translates once (the API's status): a
 * record that is not there or not the caller's to see ({@link RecordNotFound}), a role or ownership
 * that says no ({@link Forbidden}), a state that forbids the step or a duplicate ({@link Conflict}),
 * or input that cannot be processed ({@link Invalid}). A failure of one kind extends that kind's
 * class; a family of refusals spanning kinds ({@code EnrolmentRefused}…) names the kind of each.
 *
 * <p>An application exception for the EJB container: it reaches the caller as itself (not wrapped)
 * and rolls the transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of no it is: the API answers 404, 403, 409 and 422 respectively. */
    public enum Kind {
        NOT_FOUND,
        FORBIDDEN,
        CONFLICT,
        INVALID
    }

    private final Kind kind;
    private final String messageKey;
    private final transient List<Object> args;

    protected DomainException(Kind kind, String messageKey, String englishMessage, Object... args) {
        super(englishMessage);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
