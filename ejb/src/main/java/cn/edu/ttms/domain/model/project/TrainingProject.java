package cn.edu.ttms.domain.model.project;

import cn.edu.ttms.domain.model.audit.Audited;
import cn.edu.ttms.domain.model.plan.AnnualPlan;
import cn.edu.ttms.domain.model.shared.Level;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A training project of an annual plan. It starts as a DRAFT; its stages carry the delivery form,
 * days and trainees. The full set of project fields and the life cycle's transitions arrive with the
 * projects issue; this aggregate already guards what an imported plan row gives it.
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
    private String ownerPath;

    @Column(name = "sequence_no")
    private Integer sequenceNo;

    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "project_year", nullable = false)
    private int year;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProjectStatus status = ProjectStatus.DRAFT;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_stage", joinColumns = @JoinColumn(name = "project_id"))
    @OrderBy("stageNo")
    private List<ProjectStage> stages = new ArrayList<>();

    @Version
    private long version;

    protected TrainingProject() {
    }

    /** A draft project of {@code plan}, as a plan row describes it, with its first stage. */
    public TrainingProject(AnnualPlan plan, Integer sequenceNo, String code, String name, String category,
            String proposingUnit, String audience, List<String> hosts, ProjectStage firstStage) {
        this.plan = Objects.requireNonNull(plan, "plan");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a project needs a name");
        }
        this.ownerPath = plan.ownerPath();
        this.year = plan.year();
        this.level = plan.level();
        this.sequenceNo = sequenceNo;
        this.code = code;
        this.name = name.strip();
        this.category = category;
        this.proposingUnit = proposingUnit;
        this.audience = audience;
        this.hosts = hosts == null ? null : String.join("、", hosts);
        addStage(firstStage);
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
        capacity = Math.max(capacity, stage.trainees());
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
                throw new cn.edu.ttms.domain.model.shared.DomainException("error.project.cancelNeedsReason",
                        "a cancellation needs a reason");
            }
            cancelReason = reason.strip();
        }
        status = action.target();
    }

    public String cancelReason() {
        return cancelReason;
    }

    /** Places as the bureau's plans count them: person-times over all stages (人次). */
    public int places() {
        return stages.stream().mapToInt(ProjectStage::trainees).sum();
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditScope() {
        return ownerPath;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("plan", plan.id());
        state.put("sequenceNo", sequenceNo);
        state.put("code", code);
        state.put("name", name);
        state.put("level", level);
        state.put("category", category);
        state.put("capacity", capacity);
        state.put("status", status);
        state.put("cancelReason", cancelReason);
        state.put("stages", stages.size());
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
     * units below an owning bureau once it is past the draft stage.
     */
    public boolean visibleTo(String unitPath) {
        return unitPath.startsWith(ownerPath) && (status != ProjectStatus.DRAFT || unitPath.equals(ownerPath))
                || unitPath.length() < ownerPath.length() && ownerPath.startsWith(unitPath);
    }

    public Integer sequenceNo() {
        return sequenceNo;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int year() {
        return year;
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

    public ProjectStatus status() {
        return status;
    }

    public List<ProjectStage> stages() {
        return List.copyOf(stages);
    }

    public long version() {
        return version;
    }
}
