package cn.edu.ttms.domain.model.account;

import java.util.Optional;

/**
 * What a new password must be: at least 8 characters with letters and digits, and not the
 * username. Bureau accounts open teachers' personal data, so "123456" is not acceptable.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 8;

    private PasswordRules() {}

    /** The message key of the first rule the password breaks, if any. */
    public static Optional<String> violation(String username, char[] password) {
        String text = new String(password);
        if (text.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (text.chars().noneMatch(Character::isLetter) || text.chars().noneMatch(Character::isDigit)) {
            return Optional.of("password.lettersAndDigits");
        }
        if (text.equalsIgnoreCase(username)) {
            return Optional.of("password.sameAsUsername");
        }
        return Optional.empty();
    }
}
