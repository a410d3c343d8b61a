package cn.edu.ttms.application.document;

import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.application.signing.CertificateAuthorityPort;
import cn.edu.ttms.application.signing.SigningAuthorities;
import cn.edu.ttms.domain.model.document.DocumentKind;
import cn.edu.ttms.domain.model.document.IssuedDocument;
import cn.edu.ttms.domain.model.document.IssuedDocumentRepository;
import cn.edu.ttms.domain.model.document.VerificationCode;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.domain.model.teacher.IdentityNumber;
import cn.edu.ttms.domain.model.teacher.Teacher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Issues a document: the same content asked for again gets the document already issued (same code, same
 * bytes); new content gets a new code, the offline proof, the layout and the issuing unit's seal, and is
 * stored. Runs in the caller's transaction.
 */
@ApplicationScoped
public class DocumentIssuer {

    @Inject
    IssuedDocumentRepository documents;

    @Inject
    DocumentSeals seals;

    @Inject
    SigningAuthorities authorities;

    @Inject
    CertificateAuthorityPort pki;

    @Inject
    CurrentCaller caller;

    /**
     * What to issue.
     *
     * @param content a plain-text statement of everything the document says (its fingerprint)
     * @param baseUrl the application's public address, ending with {@code /}
     */
    public record Request(
            DocumentKind kind,
            Teacher teacher,
            Integer cycleStart,
            Long projectId,
            Organisation issuingUnit,
            String content,
            BigDecimal hours,
            BigDecimal credits,
            Set<Long> resultIds,
            String baseUrl,
            String fileName) {}

    /** A document to issue and how to lay it out once its code and seal are known. */
    public record Pending(Request request, BiFunction<Issue, DocumentSeal, byte[]> layout) {}

    public IssuedPdf issue(Request request, BiFunction<Issue, DocumentSeal, byte[]> layout) {
        return issueAll(List.of(new Pending(request, layout))).get(0);
    }

    /**
     * Issues documents of one kind together (a class's certificates): what was issued before is found with
     * one query and its PDFs with another, each issuing unit's seal is looked up once, and the new
     * documents are written in batches when the transaction ends. In the order given.
     */
    public List<IssuedPdf> issueAll(List<Pending> pendings) {
        if (pendings.isEmpty()) {
            return List.of();
        }
        DocumentKind kind = pendings.get(0).request().kind();
        List<String> fingerprints = new ArrayList<>(pendings.size());
        for (Pending p : pendings) {
            if (p.request().kind() != kind) {
                throw new IllegalArgumentException(
                        "one kind at a time: " + kind + ", " + p.request().kind());
            }
            fingerprints.add(fingerprint(p.request()));
        }
        Map<String, IssuedDocument> existing = documents.validWith(
                kind, pendings.stream().map(p -> p.request().teacher().id()).toList(), fingerprints);
        Map<Long, byte[]> stored = documents.pdfsOf(existing.values());
        Map<Long, DocumentSeals.Sealed> sealsByUnit = new HashMap<>();
        Map<IssuedDocument, byte[]> fresh = new LinkedHashMap<>();
        List<IssuedPdf> out = new ArrayList<>(pendings.size());
        Instant now = Instant.now();
        String issuedBy = caller.get().username();
        for (int i = 0; i < pendings.size(); i++) {
            Request request = pendings.get(i).request();
            IssuedDocument before = existing.get(fingerprints.get(i));
            if (before != null && stored.containsKey(before.id())) {
                out.add(new IssuedPdf(
                        before.code().value(),
                        kind,
                        request.teacher().id(),
                        request.fileName(),
                        stored.get(before.id())));
                continue;
            }
            String issuer = issuerName(request.issuingUnit());
            DocumentSeals.Sealed sealed = sealsByUnit.computeIfAbsent(
                    request.issuingUnit().id(), id -> seals.of(request.issuingUnit(), u -> issuer + " 电子印章"));
            VerificationCode code = VerificationCode.random();
            Teacher teacher = request.teacher();
            IdentityNumber identity = teacher.identityNumber();
            String digest = OfflineProof.holderDigest(code.value(), identity.value(), teacher.name());
            byte[] signature = pki.signRaw(
                    authorities.active(),
                    OfflineProof.message(code.value(), digest, request.hours(), request.credits())
                            .getBytes(StandardCharsets.UTF_8));
            String verificationUrl = request.baseUrl() + "verify/" + code.value();
            Issue issue = new Issue(
                    issuer,
                    LocalDate.ofInstant(now, IdentityNumber.CHINA),
                    code.grouped(),
                    verificationUrl,
                    OfflineProof.payload(verificationUrl, digest, request.hours(), request.credits(), signature));
            byte[] pdf = pendings.get(i).layout().apply(issue, sealed.seal());
            fresh.put(
                    new IssuedDocument(
                            new IssuedDocument.Draft(
                                    code,
                                    kind,
                                    teacher.id(),
                                    teacher.schoolPath(),
                                    request.cycleStart(),
                                    request.projectId(),
                                    fingerprints.get(i),
                                    issuer,
                                    teacher.name(),
                                    identity.masked(),
                                    request.hours(),
                                    request.credits(),
                                    sealed.id(),
                                    request.resultIds()),
                            issuedBy,
                            now),
                    pdf);
            out.add(new IssuedPdf(code.value(), kind, teacher.id(), request.fileName(), pdf));
        }
        documents.storeAll(fresh);
        return out;
    }

    /** A digest of everything a document states and for whom: the same content gets the same document. */
    private static String fingerprint(Request request) {
        return sha256(request.kind() + "\n" + request.teacher().id() + "\n" + request.cycleStart() + "\n"
                + request.projectId() + "\n" + issuerName(request.issuingUnit()) + "\n" + request.content());
    }

    /** The issuing unit's name as its documents print it: 临翔区 → 临翔区教育局. */
    public static String issuerName(Organisation unit) {
        return DomainMessages.format("document.issuer", List.of(unit.name()), Locale.SIMPLIFIED_CHINESE);
    }

    /** The education bureau a unit belongs to: the unit itself if it is one, else the nearest above it. */
    public static Organisation bureauOf(Organisation unit) {
        Organisation at = unit;
        while (at != null && !at.kind().isBureau()) {
            at = at.parent();
        }
        return at == null ? unit : at;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
                    .toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
