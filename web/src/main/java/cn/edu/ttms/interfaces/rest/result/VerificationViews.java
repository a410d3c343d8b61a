package cn.edu.ttms.interfaces.rest.result;

import cn.edu.ttms.application.result.BatchVerification;
import cn.edu.ttms.application.result.NightlyVerification;
import cn.edu.ttms.domain.model.result.SignatureMeaning;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What checking a batch's signatures found (api.md), and a run of the nightly verification. */
public final class VerificationViews {

    private VerificationViews() {}

    @Schema(name = "ResultBatchVerification")
    @JsonbPropertyOrder({"batchId", "revision", "status", "checkedAt", "signatures", "tamperedRows"})
    public record Verification(
            long batchId,
            int revision,
            String status,
            Instant checkedAt,
            List<CheckedSignature> signatures,
            List<TamperedRow> tamperedRows) {

        public static Verification of(BatchVerification v) {
            return new Verification(
                    v.batchId(),
                    v.revision(),
                    v.status(),
                    v.checkedAt(),
                    v.signatures().stream().map(CheckedSignature::of).toList(),
                    v.tamperedRows().stream()
                            .map(t -> new TamperedRow(t.resultId(), t.teacherId(), t.name(), t.change(), t.fields()))
                            .toList());
        }
    }

    /** One signature: the stored facts, and what checking its CMS found ({@code certificateSerial} in hex). */
    @Schema(name = "CheckedSignature")
    @JsonbPropertyOrder({
        "id",
        "revision",
        "meaning",
        "words",
        "signer",
        "signerName",
        "role",
        "signedAt",
        "valid",
        "certificateSubject",
        "certificateSerial",
        "problem",
        "timeStamp"
    })
    public record CheckedSignature(
            long id,
            int revision,
            SignatureMeaning meaning,
            String words,
            String signer,
            String signerName,
            String role,
            Instant signedAt,
            boolean valid,
            String certificateSubject,
            String certificateSerial,
            String problem,
            Instant timeStamp) {

        static CheckedSignature of(BatchVerification.CheckedSignature s) {
            return new CheckedSignature(
                    s.id(),
                    s.revision(),
                    s.meaning(),
                    s.meaning().words(),
                    s.signer(),
                    s.signerName(),
                    s.signerRole(),
                    s.signedAt(),
                    s.valid(),
                    s.certificateSubject(),
                    s.certificateSerial() == null ? null : s.certificateSerial().toString(16),
                    s.problem(),
                    s.timeStamp());
        }
    }

    /** A row changed (or removed, or added) since the revision was signed. */
    @Schema(name = "TamperedRow")
    @JsonbPropertyOrder({"resultId", "teacherId", "name", "change", "fields"})
    public record TamperedRow(long resultId, long teacherId, String name, String change, List<String> fields) {}

    /** A run of the nightly verification over every signed batch. */
    @Schema(name = "VerificationRun")
    @JsonbPropertyOrder({"batches", "valid", "tampered", "unsigned", "millis"})
    public record Run(int batches, int valid, int tampered, int unsigned, int failed, long millis) {

        static Run of(NightlyVerification.Outcome o) {
            return new Run(o.batches(), o.valid(), o.tampered(), o.unsigned(), o.failed(), o.millis());
        }
    }
}
