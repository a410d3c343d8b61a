package cn.edu.ttms.application.signing;

import cn.edu.ttms.domain.model.signing.WrongSigningPin;
import java.security.KeyPair;
import java.security.PrivateKey;

/** New signing keys, and private keys kept encrypted under a PIN or passphrase. */
public interface KeyVault {

    /** A fresh key pair for a signer or an authority. */
    KeyPair newKeyPair();

    /** The key encrypted under {@code pin}, as stored. */
    byte[] protect(PrivateKey key, char[] pin);

    /**
     * The key that {@link #protect} encrypted.
     *
     * @throws WrongSigningPin when {@code pin} does not open it
     */
    PrivateKey unlock(byte[] protectedKey, char[] pin);
}
