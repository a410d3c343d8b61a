package cn.edu.ttms.infrastructure.signature;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;

/**
 * New key pairs for signers and for the authority: ECDSA on P-256, because such a key is generated in
 * milliseconds (a signer gets one when setting a PIN, in the request), its signatures are small, and
 * every verifier in use (OpenSSL, the JDK, Adobe, BouncyCastle) accepts it.
 */
public final class SigningKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SigningKeys() {}

    /** A fresh EC P-256 (secp256r1) key pair. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an EC P-256 key pair", e);
        }
    }
}
