package cn.edu.ttms.infrastructure.signature;

import cn.edu.ttms.domain.model.signing.WrongSigningPin;
import java.io.IOException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfoBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/**
 * Keeps private keys at rest only in a form that needs the signer's PIN (or the authority's
 * passphrase): a standard encrypted PKCS#8 (PBES2: PBKDF2-HMAC-SHA256, AES-256-CBC), so that a stolen
 * database does not yield usable keys, and so that {@code openssl pkcs8} can still read a key should
 * it ever have to leave the system.
 *
 * <p>The iteration count is stored in each encrypted key, so it can be raised later without
 * invalidating the keys already stored.
 */
public final class KeyProtection {

    /** Costs about a tenth of a second per unlock: once per signature, and per guess of a thief. */
    static final int ITERATIONS = 200_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyProtection() {}

    /** The DER of the key as an encrypted PKCS#8 {@code EncryptedPrivateKeyInfo} under {@code pin}. */
    public static byte[] encrypt(PrivateKey key, char[] pin) {
        try {
            return new PKCS8EncryptedPrivateKeyInfoBuilder(PrivateKeyInfo.getInstance(key.getEncoded()))
                    .build(new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
                            .setProvider(BouncyCastle.PROVIDER)
                            .setRandom(RANDOM)
                            .setPRF(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE))
                            .setIterationCount(ITERATIONS)
                            .build(pin))
                    .getEncoded();
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot encrypt the private key", e);
        }
    }

    /**
     * The key that {@link #encrypt} protected.
     *
     * @throws WrongSigningPin when {@code pin} is not the one it was encrypted with
     * @throws IllegalArgumentException when the bytes are not an encrypted PKCS#8 key at all
     */
    public static PrivateKey decrypt(byte[] der, char[] pin) {
        PKCS8EncryptedPrivateKeyInfo encrypted;
        try {
            encrypted = new PKCS8EncryptedPrivateKeyInfo(der);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an encrypted PKCS#8 private key", e);
        }
        PrivateKeyInfo info;
        try {
            info = encrypted.decryptPrivateKeyInfo(new JcePKCSPBEInputDecryptorProviderBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(pin));
        } catch (PKCSException | RuntimeException e) {
            // A wrong PIN usually breaks the CBC padding; now and then the padding survives and the
            // garbage fails to parse instead. Both mean the same to the signer.
            throw new WrongSigningPin();
        }
        try {
            return new JcaPEMKeyConverter().setProvider(BouncyCastle.PROVIDER).getPrivateKey(info);
        } catch (PEMException | RuntimeException e) {
            throw new WrongSigningPin();
        }
    }
}
