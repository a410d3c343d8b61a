package cn.edu.ttms.domain.model.teacher;

import cn.edu.ttms.domain.model.shared.Invalid;

/**
 * A resident identity number that GB 11643-1999 would not have issued. Each {@link Reason} has its
 * own message, because the fix differs: a wrong length is a typing slip, an impossible birth date
 * means the wrong person's number or a mangled cell, and a wrong check character usually means one
 * swapped digit, so the message names the character that the first 17 digits call for.
 *
 * <p>The arguments never carry the number itself: the message is shown beside the cell the user
 * typed, and {@link #getMessage()} may end up in a log, where a teacher's identity number must not
 * (art. 20).
 */
public class InvalidIdentityNumber extends Invalid {

    private static final long serialVersionUID = 1L;

    /** Why the number was refused; each reason is one bundle key. */
    public enum Reason {
        /** Not 18 characters, or not 17 digits followed by a digit or X. Arg: the length given. */
        FORMAT("error.identityNumber.format"),
        /** Characters 7–14 are not a real date from 1900 up to today. Arg: those 8 characters. */
        BIRTH_DATE("error.identityNumber.birthDate"),
        /** The 18th character does not match the first 17. Args: the expected, the given character. */
        CHECK_DIGIT("error.identityNumber.checkDigit");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    private InvalidIdentityNumber(Reason reason, String englishMessage, Object... args) {
        super(reason.messageKey(), englishMessage, args);
        this.reason = reason;
    }

    static InvalidIdentityNumber format(int length) {
        return new InvalidIdentityNumber(
                Reason.FORMAT,
                "An identity number has 18 characters, 17 digits and then a digit or X; this one has "
                        + length
                        + " characters or other characters",
                String.valueOf(length));
    }

    static InvalidIdentityNumber birthDate(String yyyymmdd) {
        return new InvalidIdentityNumber(
                Reason.BIRTH_DATE,
                "The birth date " + yyyymmdd + " in an identity number is not a real date from 1900 up to today",
                yyyymmdd);
    }

    static InvalidIdentityNumber checkDigit(char expected, char given) {
        return new InvalidIdentityNumber(
                Reason.CHECK_DIGIT,
                "The check character of an identity number should be " + expected + ", not " + given,
                String.valueOf(expected),
                String.valueOf(given));
    }

    public Reason reason() {
        return reason;
    }
}
