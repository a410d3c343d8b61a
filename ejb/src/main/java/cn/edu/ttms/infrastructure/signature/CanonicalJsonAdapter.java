package cn.edu.ttms.infrastructure.signature;

import cn.edu.ttms.application.signing.SnapshotCanonicaliser;
import jakarta.enterprise.context.ApplicationScoped;

/** {@link SnapshotCanonicaliser} by {@link CanonicalJson} (erdtman JCS, BouncyCastle SHA-256). */
@ApplicationScoped
public class CanonicalJsonAdapter implements SnapshotCanonicaliser {

    @Override
    public byte[] canonicalize(String json) {
        return CanonicalJson.canonicalize(json);
    }

    @Override
    public String sha256Hex(byte[] bytes) {
        return CanonicalJson.sha256Hex(bytes);
    }
}
