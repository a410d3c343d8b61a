package cn.edu.ttms.domain.model.document;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Issued documents. */
public interface IssuedDocumentRepository {

    /**
     * Stores a new document with its signed PDF, kept so that the same content downloaded again is the
     * same document under the same code.
     */
    IssuedDocument store(IssuedDocument document, byte[] signedPdf);

    /**
     * Stores new documents with their signed PDFs, written together when the transaction ends (a class's
     * certificates: one flush for all, not one per document).
     */
    void storeAll(Map<IssuedDocument, byte[]> signedPdfs);

    /** The signed PDF of a stored document. */
    byte[] pdfOf(IssuedDocument document);

    /** The signed PDFs of stored documents, by document id. */
    Map<Long, byte[]> pdfsOf(Collection<IssuedDocument> documents);

    /** The document a code names, whatever its status. */
    Optional<IssuedDocument> byCode(VerificationCode code);

    /**
     * The valid documents of a kind with any of these contents (a fingerprint names its teacher), by
     * fingerprint; of several with the same, the newest.
     */
    Map<String, IssuedDocument> validWith(
            DocumentKind kind, Collection<Long> teacherIds, Collection<String> fingerprints);

    /** The valid documents that state any of these results. */
    List<IssuedDocument> validStating(Collection<Long> resultIds);
}
