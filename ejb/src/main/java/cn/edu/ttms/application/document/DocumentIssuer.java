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
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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

    public IssuedPdf issue(Request request, BiFunction<Issue, DocumentSeal, byte[]> layout) {
        String issuer = issuerName(request.issuingUnit());
        String fingerprint = sha256(request.kind() + "\n" + request.teacher().id() + "\n" + request.cycleStart() + "\n"
                + request.projectId() + "\n" + issuer + "\n" + request.content());
        var existing = documents.validWith(request.kind(), request.teacher().id(), fingerprint);
        if (existing.isPresent()) {
            return new IssuedPdf(
                    existing.get().code().value(),
                    request.kind(),
                    request.teacher().id(),
                    request.fileName(),
                    documents.pdfOf(existing.get()));
        }
        DocumentSeals.Sealed sealed = seals.of(request.issuingUnit(), u -> issuer + " 电子印章");
        VerificationCode code = VerificationCode.random();
        Teacher teacher = request.teacher();
        IdentityNumber identity = teacher.identityNumber();
        String digest = OfflineProof.holderDigest(code.value(), identity.value(), teacher.name());
        byte[] signature = pki.signRaw(
                authorities.active(),
                OfflineProof.message(code.value(), digest, request.hours(), request.credits())
                        .getBytes(StandardCharsets.UTF_8));
        String verificationUrl = request.baseUrl() + "verify/" + code.value();
        Instant now = Instant.now();
        Issue issue = new Issue(
                issuer,
                LocalDate.ofInstant(now, IdentityNumber.CHINA),
                code.grouped(),
                verificationUrl,
                OfflineProof.payload(verificationUrl, digest, request.hours(), request.credits(), signature));
        byte[] pdf = layout.apply(issue, sealed.seal());
        IssuedDocument document = new IssuedDocument(
                new IssuedDocument.Draft(
                        code,
                        request.kind(),
                        teacher.id(),
                        teacher.schoolPath(),
                        request.cycleStart(),
                        request.projectId(),
                        fingerprint,
                        issuer,
                        teacher.name(),
                        identity.masked(),
                        request.hours(),
                        request.credits(),
                        sealed.id(),
                        request.resultIds()),
                caller.get().username(),
                now);
        documents.store(document, pdf);
        return new IssuedPdf(code.value(), request.kind(), teacher.id(), request.fileName(), pdf);
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
