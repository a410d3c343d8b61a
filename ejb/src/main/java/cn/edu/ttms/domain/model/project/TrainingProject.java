package cn.edu.ttms.domain.model.project;

import cn.edu.ttms.domain.model.credit.ProjectHours;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.plan.AnnualPlan;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.shared.AuditScope;
import cn.edu.ttms.domain.model.shared.Audited;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Selection;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A training project of an annual plan (workflow.md §1). It starts as a DRAFT, from a plan row or a
 * form; until it is published its terms may be revised as a whole, and {@link ProjectChecks} holds
 * them to each other and to the credit policy in force. The life cycle's steps are
 * {@link ProjectAction}s; who may take them is the application's business.
 */
@Entity
@Table(name = "training_project")
public class TrainingProject implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private AnnualPlan plan;

    @Column(name = "owner_path", nullable = false, length = 255)
    @AuditScope
    private String ownerPath;

    @Column(name = "sequence_no")
    private Integer sequenceNo;

    @Column(name = "project_year", nullable = false)
    private int year;

    /** The single-valued terms, under their own columns; the lists below complete them. */
    @Embedded
    private StoredTerms terms;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProjectStatus status = ProjectStatus.DRAFT;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    /** The unit (an institution or a school) that proposed the project; null for the owning bureau's own. */
    @Column(name = "proposer_id")
    private Long proposerId;

    @Column(name = "proposer_path", length = 255)
    private String proposerPath;

    /** Why the bureau last sent the project back to its proposer; cleared when it is submitted again. */
    @Column(name = "return_reason", length = 500)
    private String returnReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_stage", joinColumns = @JoinColumn(name = "project_id"))
    @OrderBy("stageNo")
    private List<ProjectStage> stages = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "project_audience_stage", joinColumns = @JoinColumn(name = "project_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "school_stage", length = 30)
    private Set<SchoolStage> audienceStages = EnumSet.noneOf(SchoolStage.class);

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "project_module", joinColumns = @JoinColumn(name = "project_id"))
    private List<ProjectModule> modules = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "project_quota", joinColumns = @JoinColumn(name = "project_id"))
    private List<ProjectQuota> quotas = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "project_course", joinColumns = @JoinColumn(name = "project_id"))
    @OrderBy("courseNo")
    private List<ProjectCourse> courses = new ArrayList<>();

    @Version
    private long version;

    private static final Set<ProjectStatus> EDITABLE =
            EnumSet.of(ProjectStatus.DRAFT, ProjectStatus.SUBMITTED, ProjectStatus.APPROVED);

    protected TrainingProject() {}

    /** A draft project of {@code plan}, as a plan row describes it, with its first stage. */
    public TrainingProject(
            AnnualPlan plan,
            Integer sequenceNo,
            String code,
            String name,
            String category,
            String proposingUnit,
            String audience,
            List<String> hosts,
            ProjectStage firstStage) {
        this(
                plan,
                sequenceNo,
                code,
                name,
                category,
                proposingUnit,
                audience,
                hosts,
                firstStage,
                plan == null ? null : plan.level());
    }

    /** A draft project of {@code plan} at {@code level}, which a plan row may state apart from its plan's. */
    public TrainingProject(
            AnnualPlan plan,
            Integer sequenceNo,
            String code,
            String name,
            String category,
            String proposingUnit,
            String audience,
            List<String> hosts,
            ProjectStage firstStage,
            Level level) {
        this.plan = Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(level, "level");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a project needs a name");
        }
        this.ownerPath = plan.ownerPath();
        this.year = plan.year();
        this.sequenceNo = sequenceNo;
        this.terms = new StoredTerms(
                code,
                name.strip(),
                level,
                category,
                proposingUnit,
                audience,
                hosts == null ? null : String.join("、", hosts));
        addStage(firstStage);
    }

    /**
     * Marks a new draft as proposed by {@code unit} (a training institution or a school below the owning
     * bureau): the unit becomes its proposing unit, sees it while it is a draft, and submits it.
     */
    public void proposedBy(Organisation unit) {
        Objects.requireNonNull(unit, "unit");
        if (status != ProjectStatus.DRAFT || proposerId != null) {
            throw new IllegalStateException("only a new draft gets its proposing unit");
        }
        if (!Proposals.proposes(unit.kind())
                || !unit.path().startsWith(ownerPath)
                || unit.path().equals(ownerPath)) {
            throw new IllegalArgumentException(unit.name() + " does not propose projects to " + ownerPath);
        }
        this.proposerId = unit.id();
        this.proposerPath = unit.path();
        terms.proposedBy(unit.name());
    }

    /** A further stage (stage 2 of a two-stage course); the project's capacity follows its largest stage. */
    public void addStage(ProjectStage stage) {
        Objects.requireNonNull(stage, "stage");
        if (status != ProjectStatus.DRAFT) {
            throw new IllegalStateException("stages change only while the project is a draft");
        }
        if (stage.stageNo() != stages.size() + 1) {
            throw new IllegalArgumentException("stage " + stage.stageNo() + " does not follow stage " + stages.size());
        }
        stages.add(stage);
        terms.admitsAtLeast(stage.trainees());
    }

    /**
     * Takes one step of the life cycle. Who may take it is the application's business (roles and
     * scope); whether the project's status allows it is the project's own.
     *
     * @throws IllegalTransition when the current status does not allow the step
     */
    public void apply(ProjectAction action, String reason) {
        if (!action.allowedFrom(status)) {
            throw new IllegalTransition(action, status);
        }
        if (action == ProjectAction.CANCEL) {
            if (reason == null || reason.isBlank()) {
                throw new cn.edu.ttms.domain.model.shared.Invalid(
                        "error.project.cancelNeedsReason", "a cancellation needs a reason");
            }
            cancelReason = reason.strip();
        }
        if (action == ProjectAction.RETURN) {
            if (reason == null || reason.isBlank()) {
                throw new MissingReason("error.project.returnNeedsReason", "a return needs a reason");
            }
            returnReason = reason.strip();
        }
        if (action == ProjectAction.SUBMIT) {
            returnReason = null; // the reason stays in the history; the resubmitted project answers it
        }
        status = action.target();
    }

    /**
     * Replaces the project's terms after checking them all against each other and the policy in
     * force (rate range, hours per day). Only until publication: after that, trainees rely on them.
     *
     * @throws InvalidProject listing every problem, each with its field
     */
    public void revise(ProjectTerms terms, PolicyRules policy) {
        if (!EDITABLE.contains(status)) {
            throw new cn.edu.ttms.domain.model.shared.Invalid(
                    "error.project.notEditable", "a " + status + " project cannot be edited", status);
        }
        InvalidProject.throwIfAny(ProjectChecks.problems(terms, policy));
        this.terms.revise(terms, proposerId != null); // a proposed project's proposing unit is the unit itself
        audienceStages.clear();
        audienceStages.addAll(terms.audienceStages());
        stages.clear();
        stages.addAll(terms.stages());
        modules.clear();
        modules.addAll(terms.modules());
        quotas.clear();
        quotas.addAll(terms.quotas());
        courses.clear();
        courses.addAll(terms.courses());
    }

    /** The project's terms as they stand, to edit them. */
    public ProjectTerms terms() {
        return terms.with(audienceStages, stages, modules, quotas, courses);
    }

    /** Whether the terms may still change (before publication). */
    public boolean editable() {
        return EDITABLE.contains(status);
    }

    /** The hours of the project under a policy (rules.md §2): the sum of its stages' hours. */
    public Hours hours(PolicyRules policy) {
        return new ProjectHours(policy)
                .of(stages.stream().map(ProjectStage::toCreditStage).toList());
    }

    private static final Set<ProjectStatus> RESULTS_STAGES = EnumSet.of(
            ProjectStatus.IN_PROGRESS,
            ProjectStatus.RESULTS_SUBMITTED,
            ProjectStatus.REVIEWED,
            ProjectStatus.RECOGNISED);

    /**
     * Follows the sign-off of the class's results (workflow.md §4): the lead's signature submits them,
     * the reviewer's reviews, the province's recognises; a return takes the project back to IN_PROGRESS.
     * Only between those states: an archived or cancelled project does not move.
     */
    public void resultsAt(ProjectStatus reached) {
        if (RESULTS_STAGES.contains(reached) && RESULTS_STAGES.contains(status)) {
            status = reached;
        }
    }

    /** The last day of the last stage, or null while no stage has an end date. */
    public java.time.LocalDate lastDay() {
        return stages.stream()
                .map(ProjectStage::endDate)
                .filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.naturalOrder())
                .orElse(null);
    }

    /**
     * Whether the class's results are due from its host (the "materials due" of issue 17): it is running,
     * its last day is past, and — the caller checks it — no one has opened its results yet.
     */
    public boolean resultsDueOn(java.time.LocalDate today) {
        java.time.LocalDate last = lastDay();
        return status == ProjectStatus.IN_PROGRESS && last != null && last.isBefore(today);
    }

    /** Whether the class has run far enough for results to be entered. */
    public boolean takesResults() {
        return RESULTS_STAGES.contains(status) || status == ProjectStatus.ARCHIVED;
    }

    public String cancelReason() {
        return cancelReason;
    }

    /** Why the bureau sent the project back to its proposer (while it waits for resubmission), or null. */
    public String returnReason() {
        return returnReason;
    }

    /** Whether a unit below the owning bureau proposed the project (rather than the bureau itself). */
    public boolean proposed() {
        return proposerId != null;
    }

    public Long proposerId() {
        return proposerId;
    }

    public String proposerPath() {
        return proposerPath;
    }

    /** Whether the unit at {@code unitPath} is the one that proposed this project. */
    public boolean proposedBy(String unitPath) {
        return proposerPath != null && proposerPath.equals(unitPath);
    }

    /** Whether the proposer may still change the terms: only as a draft (new, or returned to it). */
    public boolean editableByProposer() {
        return status == ProjectStatus.DRAFT;
    }

    /** Places as the bureau's plans count them: person-times over all stages (人次). */
    public int places() {
        return stages.stream().mapToInt(ProjectStage::trainees).sum();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("plan", plan.id());
        state.put("sequenceNo", sequenceNo);
        state.put("code", terms.code());
        state.put("name", terms.name());
        state.put("level", terms.level());
        state.put("category", terms.category());
        state.put("capacity", terms.capacity());
        state.put("minTrainees", terms.minTrainees());
        state.put("approvalChain", terms.approvalChain().name());
        state.put("status", status);
        state.put("cancelReason", cancelReason);
        state.put("proposer", proposerId);
        state.put("returnReason", returnReason);
        state.put(
                "stages",
                stages.stream()
                        .map(st -> st.stageNo() + ":" + st.form() + " " + st.daysTotal() + "d/" + st.hours() + "h×"
                                + st.trainees())
                        .toList()
                        .toString());
        state.put("selection", terms.selection());
        state.put("creditRate", terms.creditRate());
        state.put("budget", terms.budget());
        state.put("hostId", terms.hostId());
        state.put("hosts", terms.hosts());
        state.put("leadId", terms.leadId());
        state.put("advisers", terms.advisers());
        state.put("audience", terms.audience());
        state.put("audienceSubjects", terms.joinedSubjects());
        return state;
    }

    public Long id() {
        return id;
    }

    public AnnualPlan plan() {
        return plan;
    }

    /** The materialised path of the bureau whose plan this project belongs to. */
    public String ownerPath() {
        return ownerPath;
    }

    /**
     * Whether a unit at {@code unitPath} may see this project: the owner's subtree always, the
     * units below an owning bureau once it is past the draft stage, and its proposing unit always.
     */
    public boolean visibleTo(String unitPath) {
        return visibleTo(ownerPath, status, unitPath) || proposerPath != null && proposerPath.startsWith(unitPath);
    }

    /** {@link #visibleTo(String)} for a project known only by its owner's path and its status. */
    public static boolean visibleTo(String ownerPath, ProjectStatus status, String unitPath) {
        return unitPath.startsWith(ownerPath) && (status != ProjectStatus.DRAFT || unitPath.equals(ownerPath))
                || unitPath.length() < ownerPath.length() && ownerPath.startsWith(unitPath);
    }

    public Integer sequenceNo() {
        return sequenceNo;
    }

    public String code() {
        return terms.code();
    }

    public String name() {
        return terms.name();
    }

    public int year() {
        return year;
    }

    public Level level() {
        return terms.level();
    }

    public String category() {
        return terms.category();
    }

    public String proposingUnit() {
        return terms.proposingUnit();
    }

    public String audience() {
        return terms.audience();
    }

    public String hosts() {
        return terms.hosts();
    }

    public int capacity() {
        return terms.capacity();
    }

    /** Who approves applications to this project. */
    public cn.edu.ttms.domain.model.project.ApprovalChain approvalChain() {
        return terms.approvalChain();
    }

    /** The minimum class size, or null when none was set. */
    public Integer minTrainees() {
        return terms.minTrainees();
    }

    /** Whether {@code enrolled} trainees are too few to run the class. */
    public boolean belowMinimum(long enrolled) {
        return terms.minTrainees() != null && enrolled < terms.minTrainees();
    }

    public ProjectStatus status() {
        return status;
    }

    public List<ProjectStage> stages() {
        return List.copyOf(stages);
    }

    public Selection selection() {
        return terms.selection();
    }

    public BigDecimal creditRate() {
        return terms.creditRate();
    }

    public BigDecimal budget() {
        return terms.budget();
    }

    public Long hostId() {
        return terms.hostId();
    }

    public Long leadId() {
        return terms.leadId();
    }

    public String advisers() {
        return terms.advisers();
    }

    public Set<SchoolStage> audienceStages() {
        return audienceStages.isEmpty() ? EnumSet.noneOf(SchoolStage.class) : EnumSet.copyOf(audienceStages);
    }

    public List<String> audienceSubjects() {
        return terms.audienceSubjects();
    }

    /**
     * The declared module shares in the order of rules.md §1 (ETHICS, KNOWLEDGE, COMPETENCE, CLASS_MANAGEMENT,
     * SCHOOL_BASED), whatever order the database returns them in: the last one takes the split's remainder
     * (rules.md §3.10), so the order must never vary.
     */
    public List<ProjectModule> modules() {
        return modules.stream()
                .sorted(java.util.Comparator.comparing(ProjectModule::module))
                .toList();
    }

    public List<ProjectQuota> quotas() {
        return List.copyOf(quotas);
    }

    public List<ProjectCourse> courses() {
        return List.copyOf(courses);
    }

    public long version() {
        return version;
    }
}
