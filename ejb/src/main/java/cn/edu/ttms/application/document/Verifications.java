package cn.edu.ttms.application.document;

import cn.edu.ttms.domain.model.document.IssuedDocument;
import cn.edu.ttms.domain.model.document.IssuedDocumentRepository;
import cn.edu.ttms.domain.model.document.VerificationCode;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The public lookup of a verification code (issue 18, item 4): anyone, no sign-in. Every lookup is
 * logged (the client's address, the code's first characters, the outcome); the edge limits how often a
 * client may ask.
 */
@Stateless
@PermitAll
public class Verifications {

    private static final Logger LOG = Logger.getLogger(Verifications.class.getName());

    @Inject
    IssuedDocumentRepository documents;

    /**
     * The document a code names. A text that cannot be a code costs the same query as an unknown code,
     * so that the answer's timing tells nothing.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<VerificationView> lookup(String text, String client) {
        Optional<VerificationCode> parsed = VerificationCode.parse(text);
        VerificationCode code = parsed.orElseGet(VerificationCode::random);
        Optional<IssuedDocument> found = documents.byCode(code).filter(d -> parsed.isPresent());
        LOG.info(() -> "verification lookup from " + client + " code " + prefix(text) + "… "
                + found.map(d -> d.status().name()).orElse("UNKNOWN"));
        return found.map(d -> new VerificationView(
                d.code().value(),
                d.status(),
                d.kind(),
                d.issuedAt(),
                d.issuer(),
                d.holderName(),
                d.holderIdentity(),
                d.hours(),
                d.credits(),
                d.revokedAt(),
                d.revocationReason()));
    }

    /** Enough of a code to find the lookup in the log, not enough to use it. */
    private static String prefix(String text) {
        if (text == null) {
            return "";
        }
        String plain = text.replaceAll("[^A-Za-z0-9]", "");
        return plain.substring(0, Math.min(6, plain.length()));
    }
}
