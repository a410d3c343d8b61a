package cn.edu.ttms.application.result;

import cn.edu.ttms.domain.model.result.SignatureMeaning;
import java.io.Serializable;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of a verification (api.md {@code /result-batches/{id}/verification}): VALID, TAMPERED or
 * UNSIGNED; every signature with what its CMS says and whether it holds; and the rows that no longer
 * match what was signed, with the fields that changed.
 */
public record BatchVerification(
        long batchId,
        int revision,
        String status,
        Instant checkedAt,
        List<CheckedSignature> signatures,
        List<TamperedRow> tamperedRows)
        implements Serializable {

    public boolean tampered() {
        return "TAMPERED".equals(status);
    }

    /** One signature: the stored facts, and what checking the CMS found. */
    public record CheckedSignature(
            long id,
            int revision,
            SignatureMeaning meaning,
            String signer,
            String signerName,
            String signerRole,
            Instant signedAt,
            String certificateSubject,
            BigInteger certificateSerial,
            boolean valid,
            String problem,
            Instant timeStamp)
            implements Serializable {}

    /** A row changed (or removed, or added) since the revision was signed. */
    public record TamperedRow(long resultId, long teacherId, String name, String change, List<String> fields)
            implements Serializable {}
}
