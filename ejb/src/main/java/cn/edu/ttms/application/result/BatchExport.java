package cn.edu.ttms.application.result;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.signing.CertificateAuthorityPort;
import cn.edu.ttms.application.signing.Signatures;
import cn.edu.ttms.application.signing.SigningAuthorities;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.result.ResultBatch;
import cn.edu.ttms.domain.model.result.ResultRepository;
import cn.edu.ttms.domain.model.result.ResultSignature;
import cn.edu.ttms.domain.model.result.SignedSnapshot;
import cn.edu.ttms.domain.model.signing.SignerCertificate;
import cn.edu.ttms.domain.model.signing.SigningRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything someone outside the system needs to check a batch's signatures with standard tools
 * (issue "Results…", item 6; api.md {@code /export}): per revision the canonical snapshot, each
 * signature as DER, the signers' certificates and the authority's certificate (PEM), and a README
 * with the {@code openssl cms -verify} command for each signature. The snapshot holds identity
 * numbers: the export is personal data and is audited as such.
 */
@Stateless
@RolesAllowed({
    "ADMIN",
    "PROVINCE_OFFICER",
    "BUREAU_STAFF",
    "BUREAU_REVIEWER",
    "SCHOOL_ADMIN",
    "PROJECT_LEAD",
    "INSTITUTION_STAFF"
})
public class BatchExport {

    @Inject
    BatchAccess access;

    @Inject
    ResultRepository results;

    @Inject
    SigningRepository signing;

    @Inject
    SigningAuthorities authorities;

    @Inject
    AuditTrail audit;

    @Inject
    CertificateAuthorityPort pki;

    @Inject
    Signatures cms;

    /** The zip's name and bytes. */
    public record Zip(String fileName, byte[] bytes) {}

    public Zip export(long batchId) {
        ResultBatch batch = access.visible(batchId);
        List<ResultSignature> signatures = results.signatures(batchId);
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> signatureFiles = new ArrayList<>();
        TreeSet<Long> authorityIds = new TreeSet<>();
        Map<Integer, String> snapshotFiles = new LinkedHashMap<>();
        int n = 0;
        for (ResultSignature s : signatures) {
            String snapshotFile = snapshotFiles.computeIfAbsent(s.revision(), r -> {
                SignedSnapshot snap = results.snapshot(batchId, r).orElseThrow();
                String name = "snapshot-r" + r + ".json";
                files.put(name, snap.content());
                return name;
            });
            n++;
            String base = String.format(
                    "signature-%02d-r%d-%s", n, s.revision(), s.meaning().name().toLowerCase());
            files.put(base + ".der", s.cms());
            SignerCertificate cert = signing.certificate(s.certificateId()).orElseThrow();
            files.put(
                    base + "-signer.pem",
                    pki.pem(pki.certificate(cert.certificate())).getBytes(StandardCharsets.US_ASCII));
            authorityIds.add(cert.authorityId());
            signatureFiles.add(base + ".der|" + snapshotFile);
        }
        StringBuilder chain = new StringBuilder();
        for (long id : authorityIds) {
            X509Certificate ca = authorities.certificateOf(id);
            chain.append(pki.pem(ca));
        }
        if (authorityIds.isEmpty()) {
            chain.append(pki.pem(authorities.certificateOf(authorities.activeId())));
        }
        files.put("ca.pem", chain.toString().getBytes(StandardCharsets.US_ASCII));
        files.put("README.txt", cms.readme(signatureFiles, "ca.pem").getBytes(StandardCharsets.UTF_8));
        audit.record(
                AuditAction.EXPORT,
                "ResultBatch",
                batchId,
                batch.ownerPath(),
                signatures.size() + " signatures, revision " + batch.revision());
        return new Zip("result-batch-" + batchId + ".zip", zip(files));
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
