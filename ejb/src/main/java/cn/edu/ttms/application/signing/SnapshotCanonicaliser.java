package cn.edu.ttms.application.signing;

/**
 * The exact bytes a signature covers: the RFC 8785 (JSON Canonicalization Scheme) form of a JSON
 * document, which anyone can rebuild from the same data with any conforming implementation.
 */
public interface SnapshotCanonicaliser {

    /**
     * The canonical form of {@code json}, UTF-8 encoded.
     *
     * @throws IllegalArgumentException when the text is not valid JSON
     */
    byte[] canonicalize(String json);

    /** The SHA-256 of {@code bytes} as 64 lower-case hex digits. */
    String sha256Hex(byte[] bytes);
}
