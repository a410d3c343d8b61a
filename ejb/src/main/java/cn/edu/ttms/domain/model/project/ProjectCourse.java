package cn.edu.ttms.domain.model.project;

import cn.edu.ttms.domain.model.shared.Hours;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A course of the curriculum: required or elective, its hours, and whether it is practical
 * (case study, shadowing, workshop…) — the implementation opinions want electives at least equal to
 * the required courses and practice at least half of the hours.
 */
@Embeddable
public class ProjectCourse implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "course_no", nullable = false)
    private int courseNo;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private CourseKind kind;

    @Column(name = "hours", nullable = false, precision = 6, scale = 1)
    private BigDecimal hours;

    @Column(name = "practical", nullable = false)
    private boolean practical;

    protected ProjectCourse() {}

    public ProjectCourse(int courseNo, String title, CourseKind kind, Hours hours, boolean practical) {
        this.courseNo = courseNo;
        this.title = title == null ? "" : title.strip();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.hours = Objects.requireNonNull(hours, "hours").value();
        this.practical = practical;
    }

    public int courseNo() {
        return courseNo;
    }

    public String title() {
        return title;
    }

    public CourseKind kind() {
        return kind;
    }

    public Hours hours() {
        return new Hours(hours);
    }

    public boolean practical() {
        return practical;
    }
}
