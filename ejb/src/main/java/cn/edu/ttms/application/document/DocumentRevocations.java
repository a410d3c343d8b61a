package cn.edu.ttms.application.document;

import cn.edu.ttms.domain.model.document.IssuedDocument;
import cn.edu.ttms.domain.model.document.IssuedDocumentRepository;
import cn.edu.ttms.domain.model.document.RevocationReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.logging.Logger;

/**
 * Revokes at once every issued document that states a result no longer standing (issue 18, item 5): a
 * result voided by the verification, or a batch returned for correction. Runs in the transaction that
 * voids or returns, so both happen or neither; the revocation is audited like every state change.
 */
@ApplicationScoped
public class DocumentRevocations {

    private static final Logger LOG = Logger.getLogger(DocumentRevocations.class.getName());

    @Inject
    IssuedDocumentRepository documents;

    /** @return how many documents were revoked */
    public int revokeStating(Collection<Long> resultIds, RevocationReason reason) {
        if (resultIds.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now();
        int revoked = 0;
        for (IssuedDocument d : documents.validStating(resultIds)) {
            if (d.revoke(reason, now)) {
                revoked++;
            }
        }
        if (revoked > 0) {
            int count = revoked;
            LOG.info(() -> count + " issued document(s) revoked: " + reason);
        }
        return revoked;
    }
}
