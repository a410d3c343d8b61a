package cn.edu.ttms.domain.model.policy;

import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.shared.AuditScope;
import cn.edu.ttms.domain.model.shared.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One version of a credit policy: a name, a jurisdiction (an organisation and everything under it;
 * none means everywhere), an effective period, and every number of the rules ({@link PolicyRules}).
 *
 * <p>A version's rules never change: editing a policy makes a new version that starts where the
 * old one ends, so a result computed under version 3 can always be recomputed exactly.
 */
@Entity
@Table(name = "credit_policy")
public class CreditPolicy implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "jurisdiction_id")
    @AuditScope
    private Organisation jurisdiction;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Lob
    @Column(name = "rules_json", nullable = false, updatable = false)
    private PolicyRules rules;

    @Column(name = "based_on_id", updatable = false)
    private Long basedOnId;

    @Column(length = 500)
    private String note;

    @Column(name = "created_by", nullable = false, length = 40, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CreditPolicy() {}

    /** The next version of {@code previous}: same name and jurisdiction, from {@code effectiveFrom}. */
    public static CreditPolicy nextVersionOf(
            CreditPolicy previous, PolicyRules rules, LocalDate effectiveFrom, String note, String createdBy) {
        if (previous.effectiveTo != null) {
            throw new IllegalStateException("only the current version can be followed");
        }
        if (!effectiveFrom.isAfter(previous.effectiveFrom)) {
            throw new IllegalArgumentException("a new version must start after " + previous.effectiveFrom);
        }
        previous.effectiveTo = effectiveFrom;
        return new CreditPolicy(
                previous.name,
                previous.jurisdiction,
                previous.versionNo + 1,
                effectiveFrom,
                rules,
                previous.id,
                note,
                createdBy);
    }

    /** A new policy line for a jurisdiction (e.g. a county's own rules), version 1. */
    public static CreditPolicy first(
            String name,
            Organisation jurisdiction,
            PolicyRules rules,
            LocalDate effectiveFrom,
            Long basedOnId,
            String note,
            String createdBy) {
        return new CreditPolicy(name, jurisdiction, 1, effectiveFrom, rules, basedOnId, note, createdBy);
    }

    private CreditPolicy(
            String name,
            Organisation jurisdiction,
            int versionNo,
            LocalDate effectiveFrom,
            PolicyRules rules,
            Long basedOnId,
            String note,
            String createdBy) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a policy needs a name");
        }
        this.name = name.strip();
        this.jurisdiction = jurisdiction;
        this.versionNo = versionNo;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effective from");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.basedOnId = basedOnId;
        this.note = note;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Instant.now();
    }

    /** Whether this version is in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || date.isBefore(effectiveTo));
    }

    /** Whether this version applies to a unit with the given path (its jurisdiction is that unit or above it). */
    public boolean appliesTo(String organisationPath) {
        return jurisdiction == null || organisationPath.startsWith(jurisdiction.path());
    }

    /** How specific the jurisdiction is: the nearest ancestor wins. */
    public int jurisdictionDepth() {
        return jurisdiction == null ? -1 : jurisdiction.depth();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("versionNo", versionNo);
        state.put("jurisdiction", jurisdiction == null ? null : jurisdiction.id());
        state.put("effectiveFrom", effectiveFrom);
        state.put("effectiveTo", effectiveTo);
        state.put("basedOnId", basedOnId);
        return state;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Organisation jurisdiction() {
        return jurisdiction;
    }

    public int versionNo() {
        return versionNo;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate effectiveTo() {
        return effectiveTo;
    }

    public PolicyRules rules() {
        return rules;
    }

    public Long basedOnId() {
        return basedOnId;
    }

    public String note() {
        return note;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
