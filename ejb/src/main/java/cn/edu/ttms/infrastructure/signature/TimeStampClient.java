package cn.edu.ttms.infrastructure.signature;

import org.bouncycastle.tsp.TimeStampToken;

/**
 * Obtains RFC 3161 time-stamps. An interface so that signing does not care whether the authority is
 * reached over HTTP, and so that tests can run a time-stamp authority in-process.
 */
public interface TimeStampClient {

    /**
     * A time-stamp token over a SHA-256 digest.
     *
     * @param sha256 the 32-byte SHA-256 digest of the data to time-stamp
     * @throws IllegalStateException when no valid token can be obtained
     */
    TimeStampToken timeStamp(byte[] sha256);
}
