package cn.edu.ttms.domain.model.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The deployment's certificate authority: the root every signer certificate is issued by and every
 * signature is verified against. Created on first start, or the bureau's own CA imported from a
 * PKCS#12. Its key is kept encrypted (under {@code app.signing.ca-passphrase}).
 */
@Entity
@Table(name = "signing_authority")
public class SigningAuthority {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @Column(nullable = false, length = 500)
    private String subject;

    @Lob
    @Column(nullable = false)
    private byte[] certificate;

    @Lob
    @Column(name = "encrypted_key", nullable = false)
    private byte[] encryptedKey;

    @Column(nullable = false)
    private boolean imported;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SigningAuthority() {}

    public SigningAuthority(String subject, byte[] certificate, byte[] encryptedKey, boolean imported, Instant at) {
        this.subject = subject;
        this.certificate = certificate.clone();
        this.encryptedKey = encryptedKey.clone();
        this.imported = imported;
        this.createdAt = at;
    }

    /** A newer authority replaced this one; its certificates still verify old signatures. */
    public void retire() {
        active = false;
    }

    public Long id() {
        return id;
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

    public boolean imported() {
        return imported;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
