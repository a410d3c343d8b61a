package cn.edu.ttms.application.result;

import cn.edu.ttms.application.signing.CertificateIssuer;
import cn.edu.ttms.application.signing.Signatures;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.result.BatchRefused;
import cn.edu.ttms.domain.model.result.ResultBatch;
import cn.edu.ttms.domain.model.result.ResultRepository;
import cn.edu.ttms.domain.model.result.ResultSignature;
import cn.edu.ttms.domain.model.result.SignatureMeaning;
import cn.edu.ttms.domain.model.result.SignedSnapshot;
import cn.edu.ttms.domain.model.result.TrainingResult;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Gives a batch the chain's next signature (workflow.md §4) once the caller's right to it is settled:
 * the lead's confirmation fixes the revision's snapshot from the current rows; the countersignatures
 * sign that same snapshot. Each signature is a detached CMS over the snapshot, with an RFC 3161
 * time-stamp when {@code app.signing.tsa-url} names a time-stamp authority.
 */
@ApplicationScoped
public class BatchSigner {

    @Inject
    ResultRepository results;

    @Inject
    ResultSnapshots snapshots;

    @Inject
    TeacherRepository teachers;

    @Inject
    Signatures signatures;

    @Inject
    cn.edu.ttms.application.statistics.ComplianceStandings standings;

    public ResultSignature sign(
            ResultBatch batch,
            TrainingProject project,
            CertificateIssuer.Unlocked key,
            String signer,
            String signerName,
            String signerRole) {
        SignatureMeaning meaning = batch.nextSignature();
        byte[] content;
        if (meaning == SignatureMeaning.CONFIRM) {
            content = fixSnapshot(batch, project);
        } else {
            content = results.snapshot(batch.id(), batch.revision())
                    .map(SignedSnapshot::content)
                    .orElseThrow(BatchRefused::tampered);
        }
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS); // CMS signing time (UTCTime) has whole seconds
        byte[] cms = signatures.sign(content, key.key(), key.certificate(), List.of(key.issuer()), at, meaning);
        ResultSignature signature = results.store(new ResultSignature(
                batch, meaning, signer, signerName, signerRole, key.record().id(), at, cms));
        batch.signed(meaning, project);
        if (meaning == SignatureMeaning.RECOGNISE) {
            // the results count from now on: the compliance statistics follow in this transaction (issue 19)
            standings.refresh(results.results(batch.id()).stream()
                    .map(TrainingResult::teacherId)
                    .toList());
        }
        return signature;
    }

    /** The lead confirms exactly the rows as they are now: every trainee scored, nothing void. */
    private byte[] fixSnapshot(ResultBatch batch, TrainingProject project) {
        List<TrainingResult> rows = results.results(batch.id());
        if (rows.isEmpty()) {
            throw BatchRefused.empty();
        }
        Map<Long, Teacher> byId =
                teachers.byIds(rows.stream().map(TrainingResult::teacherId).toList());
        String unscored = rows.stream()
                .filter(r -> !r.scored())
                .map(r -> Optional.ofNullable(byId.get(r.teacherId()))
                        .map(Teacher::name)
                        .orElse("#" + r.teacherId()))
                .limit(10)
                .collect(Collectors.joining("、"));
        if (!unscored.isEmpty()) {
            throw BatchRefused.unscored(unscored);
        }
        ResultSnapshots.Snapshot snapshot = snapshots.of(batch, project, rows, teachers.identityNumbers(byId.keySet()));
        results.store(new SignedSnapshot(
                batch.id(), batch.revision(), snapshot.bytes(), snapshot.sha256(), rows.size(), Instant.now()));
        return snapshot.bytes();
    }
}
