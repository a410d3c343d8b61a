package cn.edu.ttms.domain.model.organisation;

import cn.edu.ttms.domain.model.shared.AuditScope;
import cn.edu.ttms.domain.model.shared.Audited;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A unit of the education administration: a bureau (province, city, county), a school, or a
 * training institution attached to the bureau that manages it.
 *
 * <p>The tree is stored as a materialised path of ids ({@code /1/4/9/}) so that "everything under
 * X" is one indexed {@code LIKE 'prefix%'} query: data scope is checked on every query, so it must
 * never recurse in Java. The path is assigned once the id is known ({@link #assignPath()}), which
 * the repository does right after persisting.
 *
 * <p>Closing a unit keeps it (and its history) in place; it only stops new work being attached.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = "Organisation.findByName", query = "SELECT o FROM Organisation o WHERE o.name = :name")
@NamedQuery(name = "Organisation.count", query = "SELECT COUNT(o) FROM Organisation o")
public class Organisation implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organisation parent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationKind kind;

    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 255)
    @AuditScope
    private String path = "";

    @Column(nullable = false)
    private int depth;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Organisation() {
        // for JPA
    }

    /** A root unit (the province). */
    public static Organisation root(OrganisationKind kind, String name, String code) {
        return new Organisation(null, kind, name, code);
    }

    /** A unit under {@code parent}; the hierarchy rules of {@link OrganisationKind} apply. */
    public static Organisation under(Organisation parent, OrganisationKind kind, String name, String code) {
        Objects.requireNonNull(parent, "parent");
        return new Organisation(parent, kind, name, code);
    }

    private Organisation(Organisation parent, OrganisationKind kind, String name, String code) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if (parent != null && !parent.kind.mayContain(kind)) {
            throw new IllegalArgumentException(parent.kind + " cannot contain " + kind);
        }
        if (parent != null && parent.isClosed()) {
            throw new IllegalArgumentException("cannot add to closed unit " + parent.name);
        }
        this.parent = parent;
        this.name = requireName(name);
        this.code = code == null || code.isBlank() ? null : code.strip();
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("organisation name is required");
        }
        return name.strip();
    }

    /** Sets the materialised path once the generated id is known. */
    public void assignPath() {
        if (id == null) {
            throw new IllegalStateException("path needs the id: persist first");
        }
        if (parent != null && parent.path.isEmpty()) {
            throw new IllegalStateException("parent has no path yet");
        }
        path = (parent == null ? "/" : parent.path) + id + "/";
    }

    /**
     * Moves this unit (and so its whole subtree) under another parent. The caller rewrites the
     * descendants' paths with one prefix update; this unit's own path changes here.
     *
     * @return the old path, the prefix the descendants are found under
     */
    public String moveUnder(Organisation newParent) {
        java.util.Objects.requireNonNull(newParent, "new parent");
        if (!newParent.kind.mayContain(kind)) {
            throw new IllegalArgumentException(newParent.kind + " cannot contain " + kind);
        }
        if (contains(newParent)) {
            throw new IllegalArgumentException("a unit cannot move under itself");
        }
        if (newParent.isClosed()) {
            throw new IllegalArgumentException("cannot move under closed unit " + newParent.name);
        }
        String oldPath = path;
        parent = newParent;
        depth = newParent.depth + 1;
        path = newParent.path + id + "/";
        return oldPath;
    }

    public void rename(String newName) {
        this.name = requireName(newName);
    }

    public void close(Instant when) {
        if (closedAt == null) {
            closedAt = Objects.requireNonNull(when);
        }
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** Whether {@code other} is this unit or lies anywhere under it. */
    public boolean contains(Organisation other) {
        return other != null && other.path.startsWith(path) && !path.isEmpty();
    }

    public Long id() {
        return id;
    }

    public Organisation parent() {
        return parent;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String path() {
        return path;
    }

    public int depth() {
        return depth;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("kind", kind);
        state.put("code", code);
        state.put("parent", parent == null ? null : parent.id);
        state.put("path", path);
        state.put("closedAt", closedAt);
        return state;
    }

    @Override
    public String toString() {
        return kind + " " + name + " (" + id + ")";
    }
}
