package cn.edu.ttms.domain.model.plan;

import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.shared.AuditScope;
import cn.edu.ttms.domain.model.shared.Audited;
import cn.edu.ttms.domain.model.shared.Level;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A bureau's annual training plan: the set of projects it runs in a year (workflow.md §1). */
@Entity
@Table(name = "annual_plan")
public class AnnualPlan implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private Organisation owner;

    @Column(name = "owner_path", nullable = false, length = 255)
    @AuditScope
    private String ownerPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Level level;

    @Column(nullable = false, length = 200)
    private String name;

    /** Where it came from, e.g. the file it was imported from. */
    @Column(length = 255)
    private String source;

    @Version
    private long version;

    protected AnnualPlan() {}

    public AnnualPlan(int year, Organisation owner, String name, String source) {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("plan year out of range: " + year);
        }
        this.year = year;
        this.owner = Objects.requireNonNull(owner, "owner");
        if (!owner.kind().isBureau()) {
            throw new IllegalArgumentException("a plan belongs to an education bureau, not to " + owner.name());
        }
        this.ownerPath = owner.path();
        this.level = switch (owner.kind()) {
            case PROVINCE -> Level.PROVINCIAL;
            case CITY -> Level.MUNICIPAL;
            default -> Level.COUNTY;
        };
        this.name = name == null || name.isBlank() ? year + "年" + owner.name() + "教师培训计划" : name.strip();
        this.source = source;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("owner", owner.id());
        state.put("level", level);
        state.put("name", name);
        state.put("source", source);
        return state;
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public Organisation owner() {
        return owner;
    }

    public String ownerPath() {
        return ownerPath;
    }

    public Level level() {
        return level;
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }
}
