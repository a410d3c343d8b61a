package cn.edu.ttms.application.document;

/**
 * Lays out and signs the documents: A4 PDF with the Chinese text embedded, a QR code carrying
 * {@link Issue#qrPayload()}, and a PAdES document signature made with the issuing unit's seal.
 */
public interface DocumentPrinter {

    /** The signed transcript. */
    byte[] transcript(TranscriptContent content, DocumentSeal seal);

    /** One signed completion certificate (a page). */
    byte[] certificate(CertificateContent content, DocumentSeal seal);
}
