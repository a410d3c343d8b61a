package cn.edu.ttms.domain.model.teacher;

import cn.edu.ttms.domain.model.shared.Level;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Year;
import java.util.Objects;

/** An honour a teacher holds: key teacher, subject leader or master teacher, at a level, since a year. */
@Embeddable
public class Designation implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private DesignationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 20)
    private Level level;

    @Column(name = "since_year", nullable = false)
    private int sinceYear;

    protected Designation() {}

    public Designation(DesignationKind kind, Level level, int sinceYear) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.level = Objects.requireNonNull(level, "level");
        if (sinceYear < 1980 || sinceYear > Year.now().getValue() + 1) {
            throw new IllegalArgumentException("designation year out of range: " + sinceYear);
        }
        this.sinceYear = sinceYear;
    }

    public DesignationKind kind() {
        return kind;
    }

    public Level level() {
        return level;
    }

    public int sinceYear() {
        return sinceYear;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Designation d && d.kind == kind && d.level == level && d.sinceYear == sinceYear;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, level, sinceYear);
    }

    @Override
    public String toString() {
        return level + " " + kind + " " + sinceYear;
    }
}
