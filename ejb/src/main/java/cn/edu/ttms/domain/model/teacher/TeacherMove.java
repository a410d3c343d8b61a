package cn.edu.ttms.domain.model.teacher;

import cn.edu.ttms.domain.model.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A dated move of a teacher from one school to another: history, never changed afterwards. */
@Entity
@Table(name = "teacher_move")
public class TeacherMove {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "teacher_id")
    private Teacher teacher;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_school_id")
    private Organisation fromSchool;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_school_id")
    private Organisation toSchool;

    @Column(name = "moved_on", nullable = false)
    private LocalDate movedOn;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected TeacherMove() {}

    TeacherMove(Teacher teacher, Organisation from, Organisation to, LocalDate on, String recordedBy) {
        this.teacher = Objects.requireNonNull(teacher);
        this.fromSchool = Objects.requireNonNull(from);
        this.toSchool = Objects.requireNonNull(to);
        this.movedOn = Objects.requireNonNull(on, "date of the move");
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Instant.now();
    }

    public Organisation fromSchool() {
        return fromSchool;
    }

    public Organisation toSchool() {
        return toSchool;
    }

    public LocalDate movedOn() {
        return movedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
