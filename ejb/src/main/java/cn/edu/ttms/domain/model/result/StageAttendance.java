package cn.edu.ttms.domain.model.result;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** The hours a trainee attended in one stage of the project (from attendance, or entered). */
@Embeddable
public class StageAttendance implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "stage_no", nullable = false)
    private int stageNo;

    @Column(nullable = false, precision = 6, scale = 1)
    private BigDecimal hours;

    protected StageAttendance() {}

    public StageAttendance(int stageNo, BigDecimal hours) {
        this.stageNo = stageNo;
        this.hours = Objects.requireNonNull(hours, "hours");
    }

    public int stageNo() {
        return stageNo;
    }

    public BigDecimal hours() {
        return hours;
    }
}
