package cn.edu.ttms.application.signing;

import cn.edu.ttms.application.setting.SystemSettings;
import cn.edu.ttms.application.startup.DatabaseReady;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.signing.SigningAuthority;
import cn.edu.ttms.domain.model.signing.SigningRepository;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deployment's certificate authority (issue "Results…", item 2). Created on first start — or, when
 * {@code app.signing.ca-pkcs12} names a PKCS#12 file (with {@code app.signing.ca-pkcs12-password}), the
 * bureau's existing CA is imported instead. Its private key is kept encrypted under
 * {@code app.signing.ca-passphrase}; without that setting a random passphrase is generated once and kept
 * in {@code system_setting} (README: production sets it through the container, e.g. a password alias).
 */
@ApplicationScoped
public class SigningAuthorities {

    static final String PASSPHRASE_SETTING = "signing.ca-passphrase";
    private static final Duration CA_VALIDITY = Duration.ofDays(20 * 365);
    private static final Logger LOG = Logger.getLogger(SigningAuthorities.class.getName());

    @Inject
    SigningRepository signing;

    @Inject
    OrganisationRepository organisations;

    @Inject
    SystemSettings settings;

    @Inject
    CertificateAuthorityPort pki;

    @Inject
    KeyVault vault;

    @Inject
    @ConfigProperty(name = "app.signing.ca-passphrase")
    Optional<String> configuredPassphrase;

    @Inject
    @ConfigProperty(name = "app.signing.ca-pkcs12")
    Optional<String> pkcs12File;

    @Inject
    @ConfigProperty(name = "app.signing.ca-pkcs12-password")
    Optional<String> pkcs12Password;

    private volatile AuthorityKey cached;
    private volatile Long cachedId;

    /** On first start: the authority exists before anyone needs a certificate. */
    @Transactional
    void onDatabaseReady(@Observes @Priority(500) DatabaseReady ready) {
        if (signing.activeAuthority().isEmpty()) {
            establish();
        }
    }

    /** The authority that issues new certificates, created (or imported) if there is none yet. */
    @Transactional
    public AuthorityKey active() {
        SigningAuthority record = signing.activeAuthority().orElseGet(this::establish);
        AuthorityKey known = cached;
        if (known != null && record.id().equals(cachedId)) {
            return known;
        }
        AuthorityKey loaded = new AuthorityKey(
                pki.certificate(record.certificate()), vault.unlock(record.encryptedKey(), passphrase()));
        cached = loaded;
        cachedId = record.id();
        return loaded;
    }

    @Transactional
    public long activeId() {
        active();
        return cachedId;
    }

    /** An authority's certificate (old ones still verify the signatures made under them). */
    @Transactional
    public X509Certificate certificateOf(long authorityId) {
        // an authority's certificate never changes: parse it once (the nightly run checks thousands of signatures)
        return certificates.computeIfAbsent(
                authorityId,
                id -> signing.authority(id)
                        .map(a -> pki.certificate(a.certificate()))
                        .orElseThrow(() -> new IllegalStateException("no signing authority " + id)));
    }

    private final java.util.Map<Long, X509Certificate> certificates = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Replaces the active authority by the bureau's own CA from a PKCS#12 (an administrator's step).
     * Certificates issued by the old one keep verifying their signatures; signers enrol again.
     */
    @Transactional
    public SigningAuthority importPkcs12(byte[] pkcs12, char[] password) {
        AuthorityKey ca = pki.fromPkcs12(new ByteArrayInputStream(pkcs12), password);
        signing.activeAuthority().ifPresent(SigningAuthority::retire);
        return store(ca, true);
    }

    private SigningAuthority establish() {
        Optional<String> file = pkcs12File.map(String::strip).filter(s -> !s.isEmpty());
        if (file.isPresent()) {
            try (InputStream in = Files.newInputStream(Path.of(file.get()))) {
                AuthorityKey ca = pki.fromPkcs12(in, pkcs12Password.orElse("").toCharArray());
                LOG.info("Imported the signing authority from " + file.get() + ": "
                        + ca.certificate().getSubjectX500Principal().getName());
                return store(ca, true);
            } catch (IOException e) {
                throw new IllegalStateException("app.signing.ca-pkcs12 cannot be read: " + file.get(), e);
            }
        }
        String root = organisations.findRoots().stream()
                .min(Comparator.comparing(Organisation::id))
                .map(Organisation::name)
                .orElse("TTMS");
        AuthorityKey ca = pki.create("CN=" + root + " 教师培训学分签名根证书, O=" + root + ", C=CN", CA_VALIDITY);
        LOG.info("Created the signing authority "
                + ca.certificate().getSubjectX500Principal().getName());
        return store(ca, false);
    }

    private SigningAuthority store(AuthorityKey ca, boolean imported) {
        SigningAuthority record = new SigningAuthority(
                ca.certificate().getSubjectX500Principal().getName(),
                pki.der(ca.certificate()),
                vault.protect(ca.privateKey(), passphrase()),
                imported,
                Instant.now());
        signing.store(record);
        cached = ca;
        cachedId = record.id();
        return record;
    }

    /**
     * A key kept like the authority's own: encrypted under the authority's passphrase (units' seals,
     * which belong to no person and so have no PIN).
     */
    public byte[] protect(java.security.PrivateKey key) {
        return vault.protect(key, passphrase());
    }

    /** A key that {@link #protect} encrypted. */
    public java.security.PrivateKey unlock(byte[] protectedKey) {
        return vault.unlock(protectedKey, passphrase());
    }

    private char[] passphrase() {
        Optional<String> given = configuredPassphrase.map(String::strip).filter(s -> !s.isEmpty());
        if (given.isPresent()) {
            return given.get().toCharArray();
        }
        Optional<String> stored = settings.read(PASSPHRASE_SETTING);
        if (stored.isEmpty()) {
            byte[] fresh = new byte[24];
            new SecureRandom().nextBytes(fresh);
            try {
                settings.create(PASSPHRASE_SETTING, Base64.getEncoder().encodeToString(fresh));
                LOG.warning("app.signing.ca-passphrase is not set: generated one and kept it in system_setting."
                        + " Set it through the container in production (README).");
            } catch (RuntimeException anotherNodeWasFirst) {
                LOG.fine(() -> "The CA passphrase was stored meanwhile: " + anotherNodeWasFirst);
            }
            stored = settings.read(PASSPHRASE_SETTING);
        }
        return stored.orElseThrow(() -> new IllegalStateException("no CA passphrase"))
                .toCharArray();
    }
}
