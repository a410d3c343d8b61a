package cn.edu.ttms.domain.model.account;

/** One-way password hashing; PBKDF2 implements it (infrastructure). */
public interface PasswordHasher {

    String hash(char[] password);

    boolean matches(char[] password, String storedHash);

    /** Whether a stored hash is weaker than what {@link #hash} writes today: replace it at the next sign-in. */
    boolean needsRehash(String storedHash);
}
