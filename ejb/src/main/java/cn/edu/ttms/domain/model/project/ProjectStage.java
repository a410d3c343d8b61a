package cn.edu.ttms.domain.model.project;

import cn.edu.ttms.domain.model.credit.Stage;
import cn.edu.ttms.domain.model.shared.Decimals;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Hours;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One stage of a project: its delivery form (and the bureau's own words for it), days off-site,
 * local and in total (the total is their sum when only the parts are given), and its trainees. A two-stage course (e.g. the principal qualification
 * course) has two.
 */
@Embeddable
public class ProjectStage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "stage_no", nullable = false)
    private int stageNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "form", nullable = false, length = 30)
    private DeliveryForm form;

    @Column(name = "form_text", length = 100)
    private String formText;

    @Column(name = "days_offsite", precision = 5, scale = 1)
    private BigDecimal daysOffsite;

    @Column(name = "days_local", precision = 5, scale = 1)
    private BigDecimal daysLocal;

    @Column(name = "days_total", precision = 5, scale = 1)
    private BigDecimal daysTotal;

    @Column(name = "trainees", nullable = false)
    private int trainees;

    /** Actual hours, for the forms that count hours rather than days (online, blended). */
    @Column(name = "hours", precision = 6, scale = 1)
    private BigDecimal hours;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "place", length = 200)
    private String place;

    protected ProjectStage() {}

    public ProjectStage(
            int stageNo,
            DeliveryForm form,
            String formText,
            BigDecimal daysOffsite,
            BigDecimal daysLocal,
            BigDecimal daysTotal,
            int trainees) {
        if (stageNo < 1) {
            throw new IllegalArgumentException("stages are numbered from 1");
        }
        if (trainees < 0) {
            throw new IllegalArgumentException("trainees cannot be negative");
        }
        this.stageNo = stageNo;
        this.form = Objects.requireNonNull(form, "form");
        this.formText = formText;
        this.daysOffsite = daysOffsite;
        this.daysLocal = daysLocal;
        this.daysTotal = daysTotal != null ? daysTotal : totalOf(daysOffsite, daysLocal);
        this.trainees = trainees;
    }

    /**
     * The total days (合计) of a stage that gives only its parts: off-site (异地) plus local (本地), a
     * blank part counting as 0 (as the plan import reads a plan row); null when neither is given.
     */
    public static BigDecimal totalOf(BigDecimal daysOffsite, BigDecimal daysLocal) {
        if (daysOffsite == null && daysLocal == null || !tame(daysOffsite) || !tame(daysLocal)) {
            return null; // a number no one could mean (1e999999) is refused by the checks, not summed
        }
        BigDecimal sum = (daysOffsite == null ? BigDecimal.ZERO : daysOffsite)
                .add(daysLocal == null ? BigDecimal.ZERO : daysLocal);
        return Decimals.canonical(sum);
    }

    private static boolean tame(BigDecimal days) {
        return days == null || Decimals.isTame(days);
    }

    /**
     * Whether the total contradicts its parts: both parts given and their sum is not the total, or one
     * part alone is more than the total (the other part is then simply unknown).
     */
    boolean daysInconsistent() {
        if (daysTotal == null || (daysOffsite == null && daysLocal == null)) {
            return false;
        }
        BigDecimal sum = totalOf(daysOffsite, daysLocal);
        if (sum == null || !tame(daysTotal)) {
            return false;
        }
        return daysOffsite != null && daysLocal != null ? sum.compareTo(daysTotal) != 0 : sum.compareTo(daysTotal) > 0;
    }

    /** A stage as the project form gives it: besides the plan's figures, actual hours, dates and place. */
    public ProjectStage(
            int stageNo,
            DeliveryForm form,
            String formText,
            BigDecimal daysOffsite,
            BigDecimal daysLocal,
            BigDecimal daysTotal,
            int trainees,
            Hours hours,
            LocalDate startDate,
            LocalDate endDate,
            String place) {
        this(stageNo, form, formText, daysOffsite, daysLocal, daysTotal, trainees);
        this.hours = hours == null ? null : hours.value();
        this.startDate = startDate;
        this.endDate = endDate;
        this.place = place == null || place.isBlank() ? null : place.strip();
    }

    /**
     * The stage as the credit rules see it (rules.md §2): its total days and its actual hours.
     *
     * @throws cn.edu.ttms.domain.model.credit.InvalidStage when it has neither
     */
    public Stage toCreditStage() {
        return new Stage(form, daysTotal, hours == null ? null : new Hours(hours));
    }

    /** Whether the dates run backwards (checked with the project's other terms). */
    boolean datesReversed() {
        return startDate != null && endDate != null && endDate.isBefore(startDate);
    }

    public Hours hours() {
        return hours == null ? null : new Hours(hours);
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String place() {
        return place;
    }

    public int stageNo() {
        return stageNo;
    }

    public DeliveryForm form() {
        return form;
    }

    public String formText() {
        return formText;
    }

    public BigDecimal daysOffsite() {
        return daysOffsite;
    }

    public BigDecimal daysLocal() {
        return daysLocal;
    }

    public BigDecimal daysTotal() {
        return daysTotal;
    }

    public int trainees() {
        return trainees;
    }
}
