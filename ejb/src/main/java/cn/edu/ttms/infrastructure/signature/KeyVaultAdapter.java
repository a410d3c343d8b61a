package cn.edu.ttms.infrastructure.signature;

import cn.edu.ttms.application.signing.KeyVault;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.KeyPair;
import java.security.PrivateKey;

/** {@link KeyVault} by {@link SigningKeys} (EC P-256) and {@link KeyProtection} (PKCS#8 PBES2). */
@ApplicationScoped
public class KeyVaultAdapter implements KeyVault {

    @Override
    public KeyPair newKeyPair() {
        return SigningKeys.generate();
    }

    @Override
    public byte[] protect(PrivateKey key, char[] pin) {
        return KeyProtection.encrypt(key, pin);
    }

    @Override
    public PrivateKey unlock(byte[] protectedKey, char[] pin) {
        return KeyProtection.decrypt(protectedKey, pin);
    }
}
