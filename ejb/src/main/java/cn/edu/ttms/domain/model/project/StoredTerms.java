package cn.edu.ttms.domain.model.project;

import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Selection;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * The single-valued {@link ProjectTerms} of a {@link TrainingProject}, as its row holds them: embedded in the
 * project under the columns they always had. The project's lists (stages, modules, quotas, courses, the
 * audience's school stages) live in tables of their own; {@link #with} puts the two back together.
 *
 * <p>Owned by its project alone: it changes only through the project's verbs, in place, so that the audit
 * trail sees each attribute that changed. The attribute names are those the audit trail has always recorded.
 */
@Embeddable
public class StoredTerms {

    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Level level;

    @Column(length = 100)
    private String category;

    @Column(name = "proposing_unit", length = 200)
    private String proposingUnit;

    @Column(length = 500)
    private String audience;

    /** Host institutions as the plan names them, separated by 、 (matched to institutions later). */
    @Column(length = 500)
    private String hosts;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "min_trainees")
    private Integer minTrainees;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_chain", nullable = false, length = 30)
    private ApprovalChain approvalChain = ApprovalChain.UNIT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Selection selection = Selection.DIRECTIVE;

    @Column(name = "credit_rate", precision = 6, scale = 2)
    private BigDecimal creditRate;

    @Column(precision = 12, scale = 2)
    private BigDecimal budget;

    /** The host institution in the tree, when the project has been assigned one. */
    @Column(name = "host_id")
    private Long hostId;

    /** The account of the project lead (项目负责人), who signs the class results. */
    @Column(name = "lead_id")
    private Long leadId;

    /** Class advisers (班主任), as names. */
    @Column(length = 300)
    private String advisers;

    /** Subjects of the target audience, separated by 、 (empty: every subject). */
    @Column(name = "audience_subjects", length = 300)
    private String audienceSubjects;

    protected StoredTerms() {}

    /** The terms a plan row gives a new draft; the rest follow with {@link #revise}. */
    StoredTerms(
            String code,
            String name,
            Level level,
            String category,
            String proposingUnit,
            String audience,
            String hosts) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.category = category;
        this.proposingUnit = proposingUnit;
        this.audience = audience;
        this.hosts = hosts;
    }

    /** Takes the single-valued terms of {@code terms}; a proposed project keeps its proposing unit. */
    void revise(ProjectTerms terms, boolean keepProposingUnit) {
        code = terms.code();
        name = terms.name().strip();
        level = terms.level();
        category = terms.category();
        if (!keepProposingUnit) {
            proposingUnit = terms.proposingUnit();
        }
        selection = terms.selection();
        creditRate = terms.creditRate();
        capacity = terms.capacity();
        minTrainees = terms.minTrainees();
        approvalChain = terms.approvalChain();
        budget = terms.budget();
        hostId = terms.hostId();
        hosts = terms.hosts();
        leadId = terms.leadId();
        advisers = terms.advisers();
        audience = terms.audience();
        audienceSubjects = terms.audienceSubjects().isEmpty() ? null : String.join("、", terms.audienceSubjects());
    }

    void proposedBy(String unitName) {
        proposingUnit = unitName;
    }

    /** The capacity follows the largest stage. */
    void admitsAtLeast(int trainees) {
        capacity = Math.max(capacity, trainees);
    }

    /** These terms with the project's lists: the whole {@link ProjectTerms}. */
    ProjectTerms with(
            Collection<SchoolStage> audienceStages,
            List<ProjectStage> stages,
            List<ProjectModule> modules,
            List<ProjectQuota> quotas,
            List<ProjectCourse> courses) {
        return new ProjectTerms(
                code,
                name,
                level,
                category,
                proposingUnit,
                selection,
                creditRate,
                capacity,
                budget,
                hostId,
                hosts,
                leadId,
                advisers,
                audience,
                audienceStages,
                audienceSubjects(),
                stages,
                modules,
                quotas,
                courses,
                minTrainees,
                approvalChain);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Level level() {
        return level;
    }

    public String category() {
        return category;
    }

    public String proposingUnit() {
        return proposingUnit;
    }

    public String audience() {
        return audience;
    }

    public String hosts() {
        return hosts;
    }

    public int capacity() {
        return capacity;
    }

    public Integer minTrainees() {
        return minTrainees;
    }

    public ApprovalChain approvalChain() {
        return approvalChain;
    }

    public Selection selection() {
        return selection;
    }

    public BigDecimal creditRate() {
        return creditRate;
    }

    public BigDecimal budget() {
        return budget;
    }

    public Long hostId() {
        return hostId;
    }

    public Long leadId() {
        return leadId;
    }

    public String advisers() {
        return advisers;
    }

    public List<String> audienceSubjects() {
        return audienceSubjects == null ? List.of() : List.of(audienceSubjects.split("、"));
    }

    /** The audience's subjects as stored, joined by 、, or null. */
    String joinedSubjects() {
        return audienceSubjects;
    }
}
