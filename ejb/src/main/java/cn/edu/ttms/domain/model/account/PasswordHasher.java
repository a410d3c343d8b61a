package cn.edu.ttms.domain.model.account;

/** One-way password hashing; the container's PBKDF2 implements it (infrastructure). */
public interface PasswordHasher {

    String hash(char[] password);

    boolean matches(char[] password, String storedHash);
}
