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
 * A unit's electronic seal: a document-signing certificate of the deployment's authority issued to an
 * education bureau, with which the documents it issues are signed. Unlike a signer's certificate it
 * belongs to no person and needs no PIN: its key is encrypted under the authority's passphrase.
 */
@Entity
@Table(name = "unit_seal")
public class UnitSeal implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    /** The unit's id while in use, null once revoked: a unique column, so one seal per unit at a time. */
    @Column(name = "active_unit")
    private Long activeUnit;

    @Column(name = "authority_id", nullable = false, updatable = false)
    private long authorityId;

    @Column(nullable = false, length = 64, updatable = false)
    private String serial;

    @Column(nullable = false, length = 500, updatable = false)
    private String subject;

    @Lob
    @Column(nullable = false, updatable = false)
    private byte[] certificate;

    @Lob
    @Column(name = "encrypted_key", nullable = false, updatable = false)
    private byte[] encryptedKey;

    @Column(name = "not_after", nullable = false, updatable = false)
    private Instant notAfter;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @jakarta.persistence.Transient
    @AuditScope
    private String auditPath;

    protected UnitSeal() {}

    public UnitSeal(
            long organisationId,
            String unitPath,
            long authorityId,
            String serial,
            String subject,
            byte[] certificate,
            byte[] encryptedKey,
            Instant notAfter,
            Instant at) {
        this.organisationId = organisationId;
        this.activeUnit = organisationId;
        this.auditPath = unitPath;
        this.authorityId = authorityId;
        this.serial = serial;
        this.subject = subject;
        this.certificate = certificate.clone();
        this.encryptedKey = encryptedKey.clone();
        this.notAfter = notAfter;
        this.createdAt = at;
    }

    public void revoke(String unitPath, Instant at) {
        this.auditPath = unitPath;
        this.activeUnit = null;
        this.revokedAt = at;
    }

    public boolean usableAt(Instant at) {
        return revokedAt == null && at.isBefore(notAfter);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organisationId", organisationId);
        state.put("serial", serial);
        state.put("subject", subject);
        state.put("notAfter", notAfter.toString());
        state.put("revoked", revokedAt != null);
        return state;
    }

    public Long id() {
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public long authorityId() {
        return authorityId;
    }

    public String serial() {
        return serial;
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

    public Instant revokedAt() {
        return revokedAt;
    }
}
