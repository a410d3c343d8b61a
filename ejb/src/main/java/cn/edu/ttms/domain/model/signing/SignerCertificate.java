package cn.edu.ttms.domain.model.signing;

import cn.edu.ttms.domain.model.shared.AuditScope;
import cn.edu.ttms.domain.model.shared.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A signer's X.509 certificate with its private key, encrypted under the signer's signing PIN. The
 * PIN is separate from the sign-in password and never stored: a stolen session or password alone
 * cannot sign. A new certificate revokes the old one, whose signatures stay verifiable.
 */
@Entity
@Table(name = "signer_certificate")
public class SignerCertificate implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(nullable = false, length = 64)
    private String serial;

    @Column(nullable = false, length = 500)
    private String subject;

    @Lob
    @Column(nullable = false)
    private byte[] certificate;

    @Lob
    @Column(name = "encrypted_key", nullable = false)
    private byte[] encryptedKey;

    @Column(name = "not_after", nullable = false)
    private Instant notAfter;

    @Column(nullable = false)
    private boolean revoked;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @jakarta.persistence.Transient
    @AuditScope
    private String auditPath;

    protected SignerCertificate() {}

    public SignerCertificate(
            long accountId,
            String accountPath,
            long authorityId,
            String serial,
            String subject,
            byte[] certificate,
            byte[] encryptedKey,
            Instant notAfter,
            Instant at) {
        this.accountId = accountId;
        this.auditPath = accountPath;
        this.authorityId = authorityId;
        this.serial = serial;
        this.subject = subject;
        this.certificate = certificate.clone();
        this.encryptedKey = encryptedKey.clone();
        this.notAfter = notAfter;
        this.createdAt = at;
    }

    public void revoke(String accountPath, Instant at) {
        this.auditPath = accountPath;
        this.revoked = true;
        this.revokedAt = at;
    }

    /** When it was revoked, for the revocation list; null while it is not. */
    public Instant revokedAt() {
        return revokedAt;
    }

    public boolean usableAt(Instant at) {
        return !revoked && at.isBefore(notAfter);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("accountId", accountId);
        state.put("serial", serial);
        state.put("subject", subject);
        state.put("notAfter", notAfter.toString());
        state.put("revoked", revoked);
        return state;
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public long authorityId() {
        return authorityId;
    }

    public String serial() {
        return serial;
    }

    public String subject() {
        return subject;
    }

    public byte[] certificate() {
        return certificate.clone();
    }

    public byte[] encryptedKey() {
        return encryptedKey.clone();
    }

    public Instant notAfter() {
        return notAfter;
    }

    public boolean revoked() {
        return revoked;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
