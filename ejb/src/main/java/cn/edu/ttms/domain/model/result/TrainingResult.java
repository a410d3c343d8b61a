package cn.edu.ttms.domain.model.result;

import cn.edu.ttms.domain.model.compliance.ResultRecord;
import cn.edu.ttms.domain.model.compliance.ResultStatus;
import cn.edu.ttms.domain.model.credit.CreditResult;
import cn.edu.ttms.domain.model.credit.ModuleCredits;
import cn.edu.ttms.domain.model.shared.AuditScope;
import cn.edu.ttms.domain.model.shared.Audited;
import cn.edu.ttms.domain.model.shared.Credits;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Score;
import cn.edu.ttms.domain.model.shared.Selection;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One trainee's result in a class (workflow.md §3): the hours attended per stage, the score, and what
 * the credit policy made of them — grade, base, performance and total credits, the module split —
 * together with the policy version they were computed under, so that a later policy change never
 * silently rewrites it (rules.md). A void result (art. 21) keeps its figures for the record but
 * never counts.
 */
@Entity
@Table(name = "training_result")
public class TrainingResult implements Audited {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(TrainingResult.class.getName());

    /** Base or performance credits before any are computed: zero, unscaled as they always were. */
    private static final Credits NO_CREDITS = new Credits(BigDecimal.ZERO);

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @Column(name = "batch_id", nullable = false)
    private long batchId;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "teacher_id", nullable = false)
    private long teacherId;

    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Column(name = "unit_path", nullable = false, length = 255)
    @AuditScope
    private String unitPath;

    @Column(name = "result_year", nullable = false)
    private int year;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "result_stage_hours", joinColumns = @JoinColumn(name = "result_id"))
    @OrderBy("stageNo")
    private List<StageAttendance> stageHours = new ArrayList<>();

    @Column(nullable = false, precision = 6, scale = 1)
    private Hours hours = Hours.ZERO;

    @Column(name = "counted_hours", nullable = false, precision = 6, scale = 1)
    private Hours countedHours = Hours.ZERO;

    @Column(precision = 4, scale = 1)
    private Score score;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Grade grade;

    /** Base and performance credits keep the precision the policy computed them with; only the total is rounded. */
    @Column(name = "base_credits", nullable = false, precision = 16, scale = 6)
    private Credits baseCredits = NO_CREDITS;

    @Column(name = "performance_credits", nullable = false, precision = 16, scale = 6)
    private Credits performanceCredits = NO_CREDITS;

    @Column(nullable = false, precision = 10, scale = 2)
    private Credits credits = Credits.ZERO;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "result_module", joinColumns = @JoinColumn(name = "result_id"))
    @OrderColumn(name = "position")
    private List<ModulePart> modules = new ArrayList<>();

    @Column(name = "policy_id")
    private Long policyId;

    @Column(name = "policy_version")
    private Integer policyVersion;

    @Column(nullable = false)
    private boolean voided;

    @Column(name = "void_reason", length = 500)
    private String voidReason;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected TrainingResult() {}

    /** An empty row for an enrolled trainee: hours and score still to come. */
    public TrainingResult(
            ResultBatch batch, long teacherId, Long enrolmentId, String unitPath, int year, String by, Instant at) {
        this.batchId = Objects.requireNonNull(batch.id(), "batch id");
        this.projectId = batch.projectId();
        this.teacherId = teacherId;
        this.enrolmentId = enrolmentId;
        this.unitPath = Objects.requireNonNull(unitPath, "unitPath");
        this.year = year;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /**
     * Records hours and score with what the policy computed from them. The module split must add up
     * to the result (rules.md §3.10), which {@link ResultRecord} checks when the archive reads it.
     */
    public void record(
            List<StageAttendance> attended,
            BigDecimal score,
            CreditResult computed,
            List<ModuleCredits> split,
            long policyId,
            int policyVersion,
            String by,
            Instant at) {
        this.stageHours.clear();
        this.stageHours.addAll(attended);
        // as entered, at its own scale (checked by ResultRules): the audit trail shows it as it was typed
        this.score = Score.stored(score);
        this.hours = computed.hours();
        this.countedHours = computed.countedHours();
        this.grade = computed.grade();
        this.baseCredits = computed.baseCredits();
        this.performanceCredits = computed.performanceCredits();
        this.credits = computed.credits();
        this.modules.clear();
        split.forEach(m -> this.modules.add(new ModulePart(m)));
        this.policyId = policyId;
        this.policyVersion = policyVersion;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /**
     * Hours entered without a score (yet): pre-filled from attendance, or a score taken back. The total
     * is the sum of the stages; a stage without hours is left out.
     */
    public void attended(Map<Integer, BigDecimal> hoursByStage, String by, Instant at) {
        this.stageHours.clear();
        BigDecimal total = BigDecimal.ZERO.setScale(1);
        for (Map.Entry<Integer, BigDecimal> e : new java.util.TreeMap<>(hoursByStage).entrySet()) {
            if (e.getValue() != null) {
                this.stageHours.add(new StageAttendance(e.getKey(), e.getValue().setScale(1)));
                total = total.add(e.getValue());
            }
        }
        this.hours = Hours.stored(total.setScale(1)); // the sum as entered, unchecked as it always was
        this.countedHours = Hours.ZERO;
        this.score = null;
        this.grade = null;
        this.baseCredits = NO_CREDITS;
        this.performanceCredits = NO_CREDITS;
        this.credits = Credits.ZERO;
        this.modules.clear();
        this.policyId = null;
        this.policyVersion = null;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Art. 21: the credits of a forged or tampered result are void; the row stays for the record. */
    public void voidFor(String reason) {
        this.voided = true;
        this.voidReason = reason;
    }

    public boolean scored() {
        return score != null && grade != null;
    }

    /** The status of this result in the archive, given its batch's; null when it does not show there. */
    public ResultStatus statusIn(BatchStatus batchStatus) {
        if (voided) {
            return ResultStatus.VOID;
        }
        return scored() ? batchStatus.resultStatus() : null;
    }

    /**
     * This result as the compliance report counts it. A void result counts nothing. Stored figures that no
     * longer hold together (a split that does not add up, a negative amount) can only have been changed
     * past the application after signing, which the next verification voids: until then they count
     * nothing either, instead of stopping the report of every teacher, school and bureau above them.
     */
    public ResultRecord toRecord(Level level, Selection selection, ResultStatus status) {
        if (status == ResultStatus.VOID) {
            return ResultRecord.voided(year, level, selection);
        }
        try {
            // checked again here: the figures are read as stored
            return new ResultRecord(
                    year,
                    level,
                    selection,
                    new Hours(countedHours.value()),
                    new Credits(credits.value()),
                    modules.stream().map(ModulePart::toModuleCredits).toList(),
                    status,
                    false);
        } catch (DomainException e) {
            LOG.warning("Result " + id + " counts nothing until verified: its stored figures do not hold ("
                    + e.getMessage() + ")");
            return ResultRecord.voided(year, level, selection);
        }
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("batchId", batchId);
        state.put("teacherId", teacherId);
        state.put(
                "stageHours",
                stageHours.stream()
                        .map(s -> s.stageNo() + ":" + s.hours().toPlainString())
                        .collect(Collectors.joining(" ")));
        state.put("score", score == null ? null : score.value().toPlainString());
        state.put("grade", grade == null ? null : grade.name());
        state.put("credits", credits.value().toPlainString());
        state.put(
                "modules",
                modules.stream()
                        .map(m -> m.module() + ":" + m.credits().toPlainString())
                        .collect(Collectors.joining(" ")));
        state.put("policy", policyId == null ? null : policyId + "/v" + policyVersion);
        state.put("voided", voided);
        return state;
    }

    public Long id() {
        return id;
    }

    public long batchId() {
        return batchId;
    }

    public long projectId() {
        return projectId;
    }

    public long teacherId() {
        return teacherId;
    }

    public Long enrolmentId() {
        return enrolmentId;
    }

    public String unitPath() {
        return unitPath;
    }

    public int year() {
        return year;
    }

    public List<StageAttendance> stageHours() {
        return List.copyOf(stageHours);
    }

    public BigDecimal hours() {
        return hours.value();
    }

    public BigDecimal countedHours() {
        return countedHours.value();
    }

    public BigDecimal score() {
        return score == null ? null : score.value();
    }

    public Grade grade() {
        return grade;
    }

    public BigDecimal baseCredits() {
        return baseCredits.value();
    }

    public BigDecimal performanceCredits() {
        return performanceCredits.value();
    }

    public BigDecimal credits() {
        return credits.value();
    }

    public List<ModulePart> modules() {
        return List.copyOf(modules);
    }

    public Long policyId() {
        return policyId;
    }

    public Integer policyVersion() {
        return policyVersion;
    }

    public boolean voided() {
        return voided;
    }

    public String voidReason() {
        return voidReason;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
