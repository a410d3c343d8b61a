package cn.edu.ttms.domain.model.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Issued documents. */
public interface IssuedDocumentRepository {

    /**
     * Stores a new document with its signed PDF, kept so that the same content downloaded again is the
     * same document under the same code.
     */
    IssuedDocument store(IssuedDocument document, byte[] signedPdf);

    /** The signed PDF of a stored document. */
    byte[] pdfOf(IssuedDocument document);

    /** The document a code names, whatever its status. */
    Optional<IssuedDocument> byCode(VerificationCode code);

    /** A valid document of the teacher with exactly this content, to hand out again. */
    Optional<IssuedDocument> validWith(DocumentKind kind, long teacherId, String fingerprint);

    /** The valid documents that state any of these results. */
    List<IssuedDocument> validStating(Collection<Long> resultIds);
}
