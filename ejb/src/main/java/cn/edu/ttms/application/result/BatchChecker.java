package cn.edu.ttms.application.result;

import cn.edu.ttms.application.signing.SignatureFinding;
import cn.edu.ttms.application.signing.Signatures;
import cn.edu.ttms.application.signing.SigningAuthorities;
import cn.edu.ttms.domain.model.integrity.IntegrityRecord;
import cn.edu.ttms.domain.model.integrity.IntegrityRepository;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.result.BatchIntegrity;
import cn.edu.ttms.domain.model.result.ResultBatch;
import cn.edu.ttms.domain.model.result.ResultRepository;
import cn.edu.ttms.domain.model.result.ResultSignature;
import cn.edu.ttms.domain.model.result.SignedSnapshot;
import cn.edu.ttms.domain.model.result.TrainingResult;
import cn.edu.ttms.domain.model.signing.SignerCertificate;
import cn.edu.ttms.domain.model.signing.SigningRepository;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tamper detection (issue "Results…", item 5; rules.md §5). Recomputes the snapshot of the signed
 * revision from the rows as the database holds them now and checks every signature of every revision
 * against its own snapshot and the authority that issued the signer's certificate. A row that differs
 * from what was signed — changed through any path, even straight in the database — marks the batch
 * TAMPERED (for good), is named with the fields that changed, has its credits voided, and gets an
 * integrity-record entry for its teacher (once per batch and row). A signature that no longer holds
 * puts every row of the batch in doubt. Runs in the caller's transaction.
 */
@ApplicationScoped
public class BatchChecker {

    @Inject
    cn.edu.ttms.application.document.DocumentRevocations revocations;

    @Inject
    ResultRepository results;

    @Inject
    SigningRepository signing;

    @Inject
    SigningAuthorities authorities;

    @Inject
    Signatures signatures;

    @Inject
    ResultSnapshots snapshots;

    @Inject
    TeacherRepository teachers;

    @Inject
    IntegrityRepository integrity;

    @Inject
    cn.edu.ttms.application.statistics.ComplianceStandings standings;

    public BatchVerification check(ResultBatch batch, TrainingProject project, String actor) {
        Instant now = Instant.now();
        List<BatchVerification.CheckedSignature> checked = new ArrayList<>();
        boolean signaturesHold = true;
        // a revision's snapshot is read once, however many signatures it carries
        Map<Integer, Optional<SignedSnapshot>> signedByRevision = new java.util.HashMap<>();
        for (ResultSignature s : results.signatures(batch.id())) {
            BatchVerification.CheckedSignature c = checkSignature(s, snapshots(batch, s.revision(), signedByRevision));
            signaturesHold &= c.valid();
            checked.add(c);
        }
        List<TrainingResult> rows = results.results(batch.id());
        List<Long> teacherIds = rows.stream().map(TrainingResult::teacherId).toList();
        List<BatchVerification.TamperedRow> tampered = new ArrayList<>();
        Map<Long, Teacher> byId = new java.util.HashMap<>(); // names, read only when something is wrong
        if (batch.signedRevision()) {
            Optional<SignedSnapshot> signed = snapshots(batch, batch.revision(), signedByRevision);
            ResultSnapshots.Snapshot current = snapshots.of(batch, project, rows, teachers.identityNumbers(teacherIds));
            if (signed.isPresent() && !signed.get().sha256().equals(current.sha256())) {
                byId.putAll(teachers.byIds(teacherIds));
            }
            if (signed.isEmpty()) {
                signaturesHold = false;
            } else if (!signed.get().sha256().equals(current.sha256())) {
                tampered.addAll(changedRows(snapshots.rowsOf(signed.get().content()), current.rows(), rows, byId));
            }
        }
        if (!signaturesHold && tampered.isEmpty() && !checked.isEmpty()) {
            byId.putAll(teachers.byIds(teacherIds));
            rows.forEach(r -> tampered.add(new BatchVerification.TamperedRow(
                    r.id(), r.teacherId(), name(byId, r.teacherId()), "SIGNATURE", List.of("signature"))));
        }
        BatchIntegrity found = !tampered.isEmpty()
                ? BatchIntegrity.TAMPERED
                : batch.lastSignedRevision() == 0 || !batch.signedRevision()
                        ? BatchIntegrity.UNSIGNED
                        : BatchIntegrity.VALID;
        if (found == BatchIntegrity.TAMPERED) {
            record(batch, project, rows, tampered, actor, now);
        }
        if (batch.integrity() != found && batch.integrity() != BatchIntegrity.TAMPERED) {
            batch.verified(found, now);
        }
        results.markVerified(batch.id(), now);
        String status = batch.integrity() == BatchIntegrity.TAMPERED ? "TAMPERED" : found.name();
        return new BatchVerification(batch.id(), batch.revision(), status, now, checked, tampered);
    }

    private Optional<SignedSnapshot> snapshots(
            ResultBatch batch, int revision, Map<Integer, Optional<SignedSnapshot>> read) {
        return read.computeIfAbsent(revision, r -> results.snapshot(batch.id(), r));
    }

    private BatchVerification.CheckedSignature checkSignature(ResultSignature s, Optional<SignedSnapshot> snapshot) {
        Optional<SignerCertificate> certificate = signing.certificate(s.certificateId());
        SignatureFinding check;
        if (snapshot.isEmpty() || certificate.isEmpty()) {
            check = null;
        } else {
            X509Certificate anchor = authorities.certificateOf(certificate.get().authorityId());
            check = signatures.verify(snapshot.get().content(), s.cms(), anchor);
        }
        boolean valid = check != null && check.valid() && check.meaning() == s.meaning();
        String problem = check == null
                ? "snapshot or certificate missing"
                : !check.valid()
                        ? check.problem()
                        : check.meaning() != s.meaning() ? "the signed meaning is " + check.meaning() : null;
        return new BatchVerification.CheckedSignature(
                s.id(),
                s.revision(),
                s.meaning(),
                s.signer(),
                s.signerName(),
                s.signerRole(),
                check != null && check.signingTime() != null ? check.signingTime() : s.signedAt(),
                check == null ? null : check.signerSubject(),
                check == null ? null : check.signerSerial(),
                valid,
                problem,
                check == null ? null : check.timeStamp());
    }

    private List<BatchVerification.TamperedRow> changedRows(
            Map<Long, JsonObject> signed,
            Map<Long, JsonObject> now,
            List<TrainingResult> rows,
            Map<Long, Teacher> byId) {
        Map<Long, TrainingResult> current =
                rows.stream().collect(Collectors.toMap(TrainingResult::id, Function.identity()));
        List<BatchVerification.TamperedRow> changed = new ArrayList<>();
        for (Map.Entry<Long, JsonObject> e : signed.entrySet()) {
            JsonObject later = now.get(e.getKey());
            long teacher = e.getValue().getJsonNumber("teacher").longValue();
            if (later == null) {
                changed.add(new BatchVerification.TamperedRow(
                        e.getKey(), teacher, name(byId, teacher), "REMOVED", List.of()));
            } else {
                List<String> fields = snapshots.differences(e.getValue(), later);
                if (!fields.isEmpty()) {
                    changed.add(new BatchVerification.TamperedRow(
                            e.getKey(), teacher, name(byId, teacher), "CHANGED", fields));
                }
            }
        }
        for (Long id : now.keySet()) {
            if (!signed.containsKey(id)) {
                long teacher = current.get(id).teacherId();
                changed.add(new BatchVerification.TamperedRow(id, teacher, name(byId, teacher), "ADDED", List.of()));
            }
        }
        return changed;
    }

    /** Voids the rows' credits and writes one integrity entry per row and batch (art. 21). */
    private void record(
            ResultBatch batch,
            TrainingProject project,
            List<TrainingResult> rows,
            List<BatchVerification.TamperedRow> tampered,
            String actor,
            Instant now) {
        Map<Long, TrainingResult> byId =
                rows.stream().collect(Collectors.toMap(TrainingResult::id, Function.identity()));
        Set<Long> recorded = integrity.ofBatch(batch.id()).stream()
                .map(IntegrityRecord::resultId)
                .collect(Collectors.toCollection(HashSet::new));
        for (BatchVerification.TamperedRow t : tampered) {
            TrainingResult row = byId.get(t.resultId());
            String detail = "项目 " + project.name() + "（" + (project.code() == null ? project.id() : project.code())
                    + "）成绩签名后被改动 / result changed after signing: " + t.change() + " " + t.fields();
            if (row != null && !row.voided()) {
                row.voidFor(detail);
            }
            if (recorded.add(t.resultId())) {
                String unit = row != null ? row.unitPath() : project.ownerPath();
                integrity.store(new IntegrityRecord(
                        t.teacherId(),
                        unit,
                        t.resultId(),
                        batch.id(),
                        project.id(),
                        IntegrityRecord.Kind.TAMPERED,
                        detail,
                        actor,
                        now));
            }
        }
        // every transcript or certificate stating a voided result stops being valid at once (issue 18)
        revocations.revokeStating(
                tampered.stream().map(BatchVerification.TamperedRow::resultId).toList(),
                cn.edu.ttms.domain.model.document.RevocationReason.RESULT_VOIDED);
        batch.verified(BatchIntegrity.TAMPERED, now);
        // the voided results no longer count: the compliance statistics follow in this transaction (issue 19)
        standings.refresh(
                tampered.stream().map(BatchVerification.TamperedRow::teacherId).toList());
    }

    private static String name(Map<Long, Teacher> byId, long teacherId) {
        Teacher t = byId.get(teacherId);
        return t == null ? "#" + teacherId : t.name();
    }
}
